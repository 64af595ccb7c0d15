import '@/components/theme.css';
import './style.css';
import { mountPage } from '@/utils/mount';
import { ReaderApp } from './ReaderApp';

void mountPage(({ settings }) => <ReaderApp settings={settings} />);

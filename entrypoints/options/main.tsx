import '@/components/theme.css';
import './style.css';
import { OptionsApp } from './OptionsApp';
import { mountPage } from '@/utils/mount';

void mountPage(({ settings }) => <OptionsApp initial={settings} />);

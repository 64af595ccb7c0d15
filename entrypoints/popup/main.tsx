import '@/components/theme.css';
import './style.css';
import { browser } from 'wxt/browser';
import { PopupApp } from './PopupApp';
import { mountPage } from '@/utils/mount';

void mountPage(({ settings }) => (
  <PopupApp settings={settings} openOptions={() => void browser.runtime.openOptionsPage()}
    openManage={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#reading-list') })} />
));

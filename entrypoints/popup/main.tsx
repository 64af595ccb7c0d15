import '@/components/theme.css';
import './style.css';
import { browser } from 'wxt/browser';
import { PopupApp } from './PopupApp';
import { mountPage } from '@/utils/mount';
import { openReadingList } from './use-reading-list';

// Read the list while the settings and the interface language load.
const opening = openReadingList();
opening.catch(() => undefined); // the list shows the error once it is drawn

void mountPage(({ settings }) => (
  <PopupApp settings={settings} opening={opening} openOptions={() => void browser.runtime.openOptionsPage()}
    openManage={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#reading-list') })} />
));

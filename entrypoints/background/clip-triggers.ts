import { browser, type Browser } from 'wxt/browser';
import { describeClipError } from '@/utils/clip-errors';
import { loadTranslate } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings-item';
import { clipTab } from './clip';
import { showPageToast } from './page-toast';

const MENU_ID = 'negah-clip';

/**
 * Clipping without the popup: "Save to Negah" on the page's context menu and the
 * `clip-page` command (Alt+Shift+S). Both grant activeTab, so any web page works.
 * The result is said on the page, since no Negah window is open.
 */
export function setUpClipTriggers(): void {
  // Menus outlive an MV3 worker but not a Firefox MV2 restart: recreate them on every start.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('clipMenuSave') || 'Save to Negah', contexts: ['page', 'selection'] }));
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void clipAndSay(tab.id);
  });
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== 'clip-page') return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await clipAndSay(id);
    })();
  });
}

async function clipAndSay(tabId: number): Promise<void> {
  const { t, lang } = await loadTranslate((await loadSettings()).uiLanguage);
  const dir = lang === 'fa' ? 'rtl' : 'ltr';
  try {
    const summary = await clipTab(tabId);
    await showPageToast(tabId, summary.updated ? t('clipUpdated', summary.title) : t('clipSaved', summary.title), dir, false);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.warn('Negah: clipping failed', message);
    await showPageToast(tabId, describeClipError(message, t), dir, true);
  }
}

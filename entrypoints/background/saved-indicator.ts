import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { InvalidUrlError, cleanUrl } from '@/lib/clip/canonical-url';
import { findByUrl, getClip } from '@/lib/store/clips';
import { getStore } from '@/lib/store/db';
import { loadTranslate } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings-item';
import { iconImage, type IconState } from './toolbar-icon';

/**
 * The toolbar shows, per tab, whether the page is in the reading list: another
 * icon and another title. Which tabs are marked (and with which clip) is kept in
 * session storage, because an MV3 service worker forgets everything when it sleeps.
 */
const markedTabs = storage.defineItem<Record<string, string>>('session:savedTabs', { fallback: {} });

function toolbar() {
  return browser.action ?? browser.browserAction;
}

async function paint(tabId: number, state: IconState): Promise<void> {
  const action = toolbar();
  const imageData = iconImage(state);
  if (imageData) await action.setIcon({ tabId, imageData }).catch(() => undefined);
  const { t } = await loadTranslate((await loadSettings()).uiLanguage);
  await action.setTitle({ tabId, title: state === 'saved' ? t('clipToolbarSaved') : t('extName') }).catch(() => undefined);
}

/** Negah's icon for every tab that has no mark of its own. */
export async function paintDefaultIcon(): Promise<void> {
  const imageData = iconImage('default');
  if (imageData) await toolbar().setIcon({ imageData }).catch(() => undefined);
}

export async function markSaved(tabId: number, clipId: string): Promise<void> {
  await markedTabs.setValue({ ...(await markedTabs.getValue()), [tabId]: clipId });
  await paint(tabId, 'saved');
}

export async function markUnsaved(tabId: number): Promise<void> {
  const marks = await markedTabs.getValue();
  if (!(tabId in marks)) return;
  delete marks[tabId];
  await markedTabs.setValue(marks);
  await paint(tabId, 'default');
}

/** Marks the tab if the page at `url` is in the list, unmarks it otherwise. */
export async function checkTab(tabId: number, url: string): Promise<void> {
  let clean: string;
  try {
    clean = cleanUrl(url);
  } catch (err) {
    if (err instanceof InvalidUrlError) return markUnsaved(tabId);
    throw err;
  }
  const clip = await findByUrl(await getStore(), clean);
  if (clip) await markSaved(tabId, clip.id);
  else await markUnsaved(tabId);
}

/** After deletions or imports elsewhere: unmark tabs whose clip is gone. */
export async function syncMarks(): Promise<void> {
  const db = await getStore();
  for (const [tab, clipId] of Object.entries(await markedTabs.getValue())) {
    if (!(await getClip(db, clipId))) await markUnsaved(Number(tab));
  }
}

/**
 * Follows navigation: a tab that leaves a saved page loses its mark; when the
 * browser tells us the new address (sites Negah has access to), it is looked up.
 */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    const url = change.url ?? tab.url;
    void (url ? checkTab(tabId, url) : markUnsaved(tabId)).catch((err: unknown) => console.warn('Negah: toolbar mark', err));
  });
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void markedTabs.getValue().then((marks) => {
      if (!(tabId in marks)) return;
      delete marks[tabId];
      return markedTabs.setValue(marks);
    });
  });
}

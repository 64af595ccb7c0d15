import { browser, type Browser } from 'wxt/browser';
import { InvalidUrlError, cleanUrl } from '@/lib/clip/canonical-url';
import { isEnabledOn } from '@/lib/settings';
import { findByUrl } from '@/lib/store/clips';
import { getStore } from '@/lib/store/db';
import type { Handlers } from '@/utils/router';
import { loadSettings } from '@/utils/settings-item';
import { clipTab, storePage } from './clip';
import { injectAnnotator } from './inject';
import { markSaved, syncMarks } from './saved-indicator';
import { syncOptInSites } from './site-access';
import { pickTab } from '@/utils/target-tab';
import { setBadge } from './toolbar';

function senderTab(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('no tab');
  return id;
}

/**
 * A content script may only file the page it runs in: its tab, when the page's
 * origin matches the sender's. Extension pages (tests, tools) may file any page.
 */
function contentTab(sender: Browser.runtime.MessageSender, pageUrl: string): number | undefined {
  const fromExtension = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  if (fromExtension) return undefined;
  const origin = (u: string | undefined) => {
    try {
      return u ? new URL(u).origin : '';
    } catch {
      return '';
    }
  };
  if (origin(sender.url) === '' || origin(sender.url) !== origin(pageUrl)) throw new Error('a page may only save itself');
  return sender.tab?.id;
}

export function createHandlers(): Handlers {
  return {
    ping: async () => ({ pong: true, version: browser.runtime.getManifest().version }),
    'annotator:load': async (_p, sender) => {
      const tabId = senderTab(sender);
      const host = sender.url ? new URL(sender.url).hostname : '';
      if (!isEnabledOn(await loadSettings(), host)) {
        await setBadge(tabId, 'off', 0);
        return { injected: false };
      }
      return { injected: await injectAnnotator(tabId, sender.frameId ?? 0) };
    },
    'badge:set': async ({ count, state }, sender) => {
      await setBadge(senderTab(sender), state, count);
      return { ok: true };
    },
    'clip:tab': async ({ tabId }, sender) => clipTab(await pickTab(tabId, sender.tab?.id)),
    'clip:save': async ({ page }, sender) => {
      const tab = contentTab(sender, page.url);
      const summary = await storePage(page);
      if (tab !== undefined) await markSaved(tab, summary.id).catch((err: unknown) => console.warn('Negah: toolbar mark', err));
      return summary;
    },
    'clip:status': async ({ url }) => {
      let clean: string;
      try {
        clean = cleanUrl(url);
      } catch (err) {
        if (err instanceof InvalidUrlError) return { saved: false };
        throw err;
      }
      const clip = await findByUrl(await getStore(), clean);
      return clip ? { saved: true, id: clip.id } : { saved: false };
    },
    'clip:sync': async () => {
      await syncMarks();
      return { ok: true };
    },
    'annotate:tab': async ({ tabId }) => {
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) throw new Error('no active tab');
      return { injected: await injectAnnotator(id, 0, true) };
    },
    'site:sync': async () => ({ origins: await syncOptInSites() }),
  };
}

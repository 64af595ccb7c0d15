import { browser } from 'wxt/browser';
import { isEnabledOn } from '@/lib/settings';
import { loadSettings } from '@/utils/settings-item';
import type { Handlers } from '@/utils/router';
import { injectAnnotator } from './inject';
import { syncOptInSites } from './site-access';
import { setBadge } from './toolbar';

function senderTab(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('no tab');
  return id;
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
    'clip:tab': async () => {
      throw new Error('clipping is not available yet');
    },
    'clip:save': async () => {
      throw new Error('clipping is not available yet');
    },
    'clip:status': async () => ({ saved: false }),
    'annotate:tab': async ({ tabId }) => {
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) throw new Error('no active tab');
      return { injected: await injectAnnotator(id, 0, true) };
    },
    'site:sync': async () => ({ origins: await syncOptInSites() }),
  };
}

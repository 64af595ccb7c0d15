import { browser } from 'wxt/browser';
import { optInPatterns } from '@/lib/site-access';

const SCRIPT_ID = 'negah-opt-in';

/**
 * Registers the loader on the sites the reader opted in to (optional host
 * permissions granted from the popup), and unregisters it when they revoke them.
 */
export async function syncOptInSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = optInPatterns(origins);
  await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: ['loader.js'], css: ['highlights.css'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}

export function watchOptInSites(): void {
  browser.permissions.onAdded.addListener(() => void syncOptInSites());
  browser.permissions.onRemoved.addListener(() => void syncOptInSites());
  browser.runtime.onInstalled.addListener(() => void syncOptInSites());
}

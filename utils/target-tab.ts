import { browser } from 'wxt/browser';

/** Tabs that show one of Negah's own pages (popup or reader open as a tab): never clipped. */
async function ownTabs(): Promise<Set<number>> {
  const runtime = browser.runtime as { getContexts?: (f: { contextTypes: string[] }) => Promise<{ tabId: number }[]> };
  const contexts = (await runtime.getContexts?.({ contextTypes: ['TAB'] }).catch(() => [])) ?? [];
  return new Set(contexts.map((c) => c.tabId).filter((id) => id >= 0));
}

/**
 * The tab to clip. The popup names its tab; the popup page open as a tab of its
 * own asks for "the page I was reading": the most recently used tab that is a
 * web page (its URL, when the browser shows it to us, is http(s)) and not one of ours.
 */
export async function pickTab(requested: number | undefined, senderTabId: number | undefined): Promise<number> {
  if (requested !== undefined) return requested;
  const own = await ownTabs();
  if (senderTabId !== undefined) own.add(senderTabId);
  const tabs = await browser.tabs.query({});
  const candidates = tabs
    .filter((t) => t.id !== undefined && !own.has(t.id) && (t.url === undefined || /^https?:/i.test(t.url)))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const id = candidates[0]?.id;
  if (id === undefined) throw new Error('no-tab: there is no web page to save');
  return id;
}

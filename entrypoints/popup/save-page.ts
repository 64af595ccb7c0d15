import { browser } from 'wxt/browser';
import type { ClipSummary } from '@/lib/messages';
import { request } from '@/utils/messaging';

/**
 * The popup clips the tab it was opened from. Open as a tab of its own (a bigger
 * window, the tests), it has no such tab: the background then clips the web page
 * the reader used last.
 */
async function targetTab(): Promise<{ id?: number; url?: string }> {
  if (await browser.tabs.getCurrent()) return {};
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

export async function savePage(): Promise<ClipSummary> {
  const { id } = await targetTab();
  return request('clip:tab', id === undefined ? {} : { tabId: id });
}

/** Is the page the popup was opened on already in the list? (Its address is known thanks to activeTab.) */
export async function currentPageSaved(): Promise<boolean> {
  const { url } = await targetTab();
  if (!url || !/^https?:/.test(url)) return false;
  return (await request('clip:status', { url })).saved;
}

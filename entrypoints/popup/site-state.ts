import { browser } from 'wxt/browser';
import type { SiteStatus } from '@/components/SiteControls';
import { isCuratedUrl, sitePattern } from '@/lib/site-access';
import { request } from '@/utils/messaging';
import { pickTab } from '@/utils/target-tab';

export interface SiteTarget {
  tabId: number;
  url: string;
  host: string;
  status: SiteStatus;
}

/**
 * The page the popup's site switches apply to: the tab it was opened from, or — open
 * as a tab of its own — the web page used last. Its address is known through
 * activeTab or the site's host permission; without either there is nothing to show.
 */
export async function siteTarget(): Promise<SiteTarget | null> {
  const tabId = (await browser.tabs.getCurrent()) ? await pickTab(undefined, undefined).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  const { url } = await browser.tabs.get(tabId);
  const pattern = url ? sitePattern(url) : null;
  if (!url || !pattern) return null;
  const status: SiteStatus = isCuratedUrl(url) ? 'listed' : (await browser.permissions.contains({ origins: [pattern] })) ? 'opted-in' : 'not-listed';
  return { tabId, url, host: new URL(url).hostname, status };
}

/** Asks for the site's permission (the popup's click is the user gesture it needs), then runs there at once. */
export async function alwaysRun(target: SiteTarget): Promise<boolean> {
  const pattern = sitePattern(target.url)!;
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
  await request('site:sync', {});
  await request('annotate:tab', { tabId: target.tabId });
  return true;
}

export async function forgetSite(target: SiteTarget): Promise<void> {
  await browser.permissions.remove({ origins: [sitePattern(target.url)!] });
  await request('site:sync', {});
}

export async function annotateOnce(target: SiteTarget): Promise<void> {
  await request('annotate:tab', { tabId: target.tabId });
}

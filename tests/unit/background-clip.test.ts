import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { pickTab } from '@/utils/target-tab';
import type { ExtractedPage } from '@/lib/messages';
import { getStore } from '@/lib/store/db';
import { dispatch } from '@/utils/router';

const ORIGIN = fakeBrowser.runtime.getURL('/');
const fromPopup = { id: fakeBrowser.runtime.id, url: `${ORIGIN}popup.html` };
const fromContent = (url: string, tab = 4) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tab } as never });

function page(over: Partial<ExtractedPage> = {}): ExtractedPage {
  return {
    url: 'https://www.irna.ir/news/85123?utm_source=telegram', title: 'مذاکرات ادامه می‌یابد', lang: 'fa',
    html: '<p>سخنگوی وزارت امور خارجه گفت مذاکرات ادامه می‌یابد.</p>', text: 'سخنگوی وزارت امور خارجه گفت مذاکرات ادامه می‌یابد.',
    published: '2024-12-02', site: 'ایرنا', ...over,
  };
}

beforeEach(() => {
  // The fake browser has no i18n: messages come back as their keys.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
});

/** The background answers as it would in the browser; executeScript stands in for the extractor. */
function extractorReturns(result: unknown) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ result, frameId: 0, documentId: 'd' }] as never);
}

describe('clipping in the background', () => {
  it('clips the popup’s tab, files it and marks the tab as saved', async () => {
    extractorReturns({ ok: true, page: page() });
    const answer = await dispatch(createHandlers(), { type: 'clip:tab', payload: { tabId: 7 } }, fromPopup, ORIGIN);
    expect(answer).toMatchObject({ ok: true, value: { url: 'https://www.irna.ir/news/85123', title: 'مذاکرات ادامه می‌یابد', updated: false } });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('clipToolbarSaved'));
    const db = await getStore();
    expect(await db.count('clips')).toBe(1);
  });

  it('says so when a page saved before is clipped again', async () => {
    extractorReturns({ ok: true, page: page() });
    await dispatch(createHandlers(), { type: 'clip:tab', payload: { tabId: 7 } }, fromPopup, ORIGIN);
    extractorReturns({ ok: true, page: page({ url: 'https://www.irna.ir/news/85123?fbclid=1', title: 'عنوان تازه' }) });
    const again = await dispatch(createHandlers(), { type: 'clip:tab', payload: { tabId: 7 } }, fromPopup, ORIGIN);
    expect(again).toMatchObject({ ok: true, value: { title: 'عنوان تازه', updated: true } });
    expect(await (await getStore()).count('clips')).toBe(1);
  });

  it('reports a page it cannot read, and stores nothing', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const answer = await dispatch(createHandlers(), { type: 'clip:tab', payload: { tabId: 7 } }, fromPopup, ORIGIN);
    expect(answer).toEqual({ ok: false, error: 'clip:tab: cannot-access: Cannot access a chrome:// URL' });
    expect(await (await getStore()).count('clips')).toBe(0);
  });

  it('checks what the page returns like any message', async () => {
    extractorReturns({ ok: true, page: { ...page(), html: 42 } });
    const answer = await dispatch(createHandlers(), { type: 'clip:tab', payload: { tabId: 7 } }, fromPopup, ORIGIN);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^clip:tab: bad-page: html/) });
    extractorReturns({ ok: false, error: 'too-large: this article is bigger than Negah keeps (10 MB)' });
    expect(await dispatch(createHandlers(), { type: 'clip:tab', payload: { tabId: 7 } }, fromPopup, ORIGIN)).toMatchObject({ ok: false, error: expect.stringContaining('too-large') });
  });

  it('lets a content script save its own page only', async () => {
    const own = await dispatch(createHandlers(), { type: 'clip:save', payload: { page: page() } }, fromContent('https://www.irna.ir/news/85123'), ORIGIN);
    expect(own).toMatchObject({ ok: true, value: { updated: false } });
    const other = await dispatch(createHandlers(), { type: 'clip:save', payload: { page: page({ url: 'https://www.isna.ir/x' }) } }, fromContent('https://www.irna.ir/news/1'), ORIGIN);
    expect(other).toEqual({ ok: false, error: 'clip:save: a page may only save itself' });
  });

  it('answers whether an address is in the list, trackers or not', async () => {
    await dispatch(createHandlers(), { type: 'clip:save', payload: { page: page() } }, fromPopup, ORIGIN);
    const status = (url: string) => dispatch(createHandlers(), { type: 'clip:status', payload: { url } }, fromPopup, ORIGIN);
    expect(await status('https://www.irna.ir/news/85123?utm_medium=x#top')).toMatchObject({ ok: true, value: { saved: true } });
    expect(await status('https://www.irna.ir/news/1')).toEqual({ ok: true, value: { saved: false } });
    expect(await status('chrome://newtab/')).toEqual({ ok: true, value: { saved: false } });
  });
});

describe('the tab the popup page clips when it is open as a tab', () => {
  const tabs = [
    { id: 1, url: 'https://www.irna.ir/news/1', lastAccessed: 100 },
    { id: 2, lastAccessed: 300 }, // a page whose address the browser does not show us
    { id: 3, url: 'chrome://settings', lastAccessed: 400 },
    { id: 4, url: `${ORIGIN}popup.html`, lastAccessed: 500 },
  ];

  it('is the most recently used web page, never the popup itself', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
    expect(await pickTab(undefined, 4)).toBe(2);
    expect(await pickTab(9, 4)).toBe(9);
  });

  it('is none when no web page is open', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tabs[2], tabs[3]] as never);
    await expect(pickTab(undefined, 4)).rejects.toThrow(/^no-tab: /);
  });
});

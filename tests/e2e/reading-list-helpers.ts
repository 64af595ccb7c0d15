/** Helpers for the reading-list end-to-end tests. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

export const STATEMENT = 'https://www.irna.ir/statement.html?utm_source=telegram&fbclid=abc';
export const STATEMENT_TITLE = 'بیانیه‌ی سخنگوی وزارت امور خارجه درباره‌ی مذاکرات وین';

/** Opens a web page, then the popup page as a tab: the popup then clips that page (the last one used). */
export async function clipFromPopup(context: BrowserContext, extPage: (p: string) => Promise<Page>, url: string): Promise<{ article: Page; popup: Page }> {
  const article = await context.newPage();
  await article.goto(url);
  const popup = await extPage('popup.html');
  await popup.getByRole('button', { name: 'Save page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: /Saved to your reading list|Updated/ })).toBeVisible();
  return { article, popup };
}

/** Alt+Shift+S as the browser receives it: a raw key event, which reaches the browser's shortcuts. */
export async function pressClipShortcut(context: BrowserContext, page: Page): Promise<void> {
  await pressAltShift(context, page, 'S');
}

/** Alt+Shift+<letter> as the browser receives it (Playwright's keyboard never reaches extension shortcuts). */
export async function pressAltShift(context: BrowserContext, page: Page, letter: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const ALT = 1;
  const SHIFT = 8;
  const code = letter.toUpperCase().charCodeAt(0);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, modifiers: ALT | SHIFT, key: letter.toUpperCase(), code: `Key${letter.toUpperCase()}`, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code });
  }
  await cdp.detach();
}

/**
 * Clips `page` with Alt+Shift+S and waits for its toolbar mark. Right after the browser
 * starts, Chromium sometimes drops an extension shortcut before its key bindings are
 * registered (the command never reaches the worker): the key is pressed again then, up
 * to three times; a shortcut that does not work fails all three.
 */
export async function clipWithShortcut(context: BrowserContext, page: Page, sw: Worker): Promise<void> {
  const saved = () => toolbarTitle(sw, page.url());
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.bringToFront();
    await pressClipShortcut(context, page);
    try {
      await expect.poll(saved, { timeout: 5000 }).toBe('Negah: this page is in your reading list');
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/** The toolbar title of the tab showing `url`, as the browser has it. */
export async function toolbarTitle(sw: Worker, url: string): Promise<string> {
  return sw.evaluate(async (u) => {
    const chrome = (globalThis as any).chrome;
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t: any) => t.url === u);
    return tab ? chrome.action.getTitle({ tabId: tab.id }) : 'no such tab';
  }, url);
}

/** Everything in the reading list's database, read from an extension page. */
export async function dumpStore(page: Page): Promise<{ clips: any[]; bodies: any[] }> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('negah');
    req.addEventListener('error', () => reject(req.error));
    req.addEventListener('success', () => {
      const db = req.result;
      const tx = db.transaction(['clips', 'bodies']);
      const clips = tx.objectStore('clips').getAll();
      const bodies = tx.objectStore('bodies').getAll();
      tx.addEventListener('complete', () => {
        db.close();
        resolve({ clips: clips.result, bodies: bodies.result });
      });
    });
  }));
}

/** A Negah export (format version 1) with the given clips, for import tests. */
export function negahExport(clips: Record<string, unknown>[], entities: Record<string, unknown>[] = []): string {
  return JSON.stringify({ format: 'negah-reading-list', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', clips, entities });
}

export function exportedClip(over: Record<string, unknown>): Record<string, unknown> {
  const url = String(over.url ?? 'https://www.isna.ir/news/1403091200001');
  return {
    id: 'import-1', url, urls: [url], title: 'عراقچی: گفت‌وگوها با اروپا ادامه می‌یابد', site: 'ایسنا', lang: 'fa', score: 0.9,
    excerpt: 'وزیر امور خارجه درباره‌ی گفت‌وگوها با سه کشور اروپایی سخن گفت.', hasBody: true,
    entities: [{ id: 'person:abbas-araghchi', count: 3 }], tags: [], note: '', read: false, starred: false,
    savedAt: '2024-12-03T08:00:00.000Z', updatedAt: '2024-12-03T08:00:00.000Z',
    html: '<p>عباس عراقچی وزیر امور خارجه گفت گفت‌وگوها ادامه دارد.</p>', text: 'عباس عراقچی وزیر امور خارجه گفت گفت‌وگوها ادامه دارد.', dates: [],
    published: { gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-06-01' },
    ...over,
  };
}

export const ARAGHCHI = { id: 'person:abbas-araghchi', type: 'person', name: { en: 'Abbas Araghchi', fa: 'عباس عراقچی', ar: 'عباس عراقجي' } };

/** Imports a file through the options page, as a reader would; returns the page. */
export async function importFile(extPage: (p: string) => Promise<Page>, name: string, text: string): Promise<Page> {
  const options = await extPage('options.html');
  await options.getByLabel('Import a Negah JSON file or a Pocket CSV export').setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer: Buffer.from(text) });
  return options;
}

/**
 * The reading list's speed, measured where it runs: Debian's Chromium with the
 * built extension, a profile holding 10,000 realistic clips (clip-corpus.ts).
 *
 * - popup first render: from navigation start to the first frame with the list
 *   drawn (performance mark 'negah:list-drawn'), a fresh popup page each run;
 * - search keystroke: one character typed into the search field, to the list
 *   re-rendered with the matches (Preact renders in a microtask; measured to the
 *   next task), typing real queries character by character; the article-word
 *   lookup in IndexedDB, which lands a moment later, is reported apart;
 * - clipping a 1 MB article (a 1 MB HTML page that is nearly all text, half a
 *   million characters, with the annotator running on it): the popup's
 *   `clip:tab` request to its answer — extraction in the tab, the analysis in the
 *   service worker and the one write transaction; the first clip of the page,
 *   then the median of five re-clips (updates);
 * - clipping a 1 MB news page (1 MB of HTML around an article of ordinary
 *   length: scripts, navigation, related links, comments), the same way.
 *
 * Plus, in Node, the pure parts (catalogue query, clip building) for context.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page } from '@playwright/test';
import { buildClip } from '../../lib/clip/build';
import type { Catalog } from '../../lib/store/list';
import { ClipSearch, runQuery } from '../../lib/store/query';
import { queryWords } from '../../lib/store/search-key';
import { EXT_PATH, launch } from '../../tests/e2e/fixtures';
import { startTestWeb } from '../../tests/e2e/server';
import { realisticClips, type ClipSet } from './clip-corpus';
import { median, round, timeMs } from './measure';
import { persianTextOfSize } from './text';

const N = 10_000;

function p90(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
}
const log = (s: string) => process.stderr.write(`reading-list bench: ${s}\n`);

function ensureBuild(): void {
  if (existsSync(join(EXT_PATH, 'manifest.json'))) return;
  log('building the extension first');
  const run = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('npm run build failed');
}

/** Plain IndexedDB puts, run in an extension page: the records are exactly what Negah's code made. */
const WRITE_IN_PAGE = `
globalThis.write = (data) => new Promise((resolve, reject) => {
  const open = indexedDB.open('negah');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['clips', 'bodies', 'terms', 'entities'], 'readwrite', { durability: 'relaxed' });
    for (const [store, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(store).put(row);
    tx.oncomplete = () => { db.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
});`;

/** Writes the clips into the extension's database with plain IndexedDB puts, from an extension page. */
async function fill(page: Page, set: ClipSet): Promise<void> {
  const CHUNK = 250;
  await page.evaluate(WRITE_IN_PAGE);
  const write = (data: unknown) => page.evaluate((d) => (globalThis as unknown as { write(d: unknown): Promise<void> }).write(d), data);
  await write({ entities: set.entities });
  for (let i = 0; i < set.clips.length; i += CHUNK) {
    await write({ clips: set.clips.slice(i, i + CHUNK), bodies: set.bodies.slice(i, i + CHUNK), terms: set.terms.slice(i, i + CHUNK) });
  }
}

async function extPage(context: BrowserContext, id: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${path}`);
  return page;
}

async function firstRender(context: BrowserContext, id: string, runs: number): Promise<{ listDrawnMs: number; searchReadyMs: number; runs: number[] }> {
  const drawn: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await extPage(context, id, 'popup.html');
    await page.waitForFunction(() => performance.getEntriesByName('negah:catalog-ready').length > 0, undefined, { timeout: 30_000 });
    const [d, r] = await page.evaluate(() => ['negah:list-drawn', 'negah:catalog-ready'].map((n) => performance.getEntriesByName(n)[0]!.startTime));
    drawn.push(d!);
    ready.push(r!);
    await page.close();
  }
  return { listDrawnMs: round(median(drawn)), searchReadyMs: round(median(ready)), runs: drawn.map((x) => round(x)) };
}

/** Types each query a character at a time; returns per-keystroke render times and article-word lookup times. */
async function keystrokes(page: Page, queries: string[]): Promise<{ render: number[]; words: number[] }> {
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async (qs) => {
    const input = document.getElementById('list-search') as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const task = () => new Promise((r) => setTimeout(r, 0));
    const render: number[] = [];
    const words: number[] = [];
    for (const q of qs) {
      for (let i = 1; i <= q.length; i++) {
        const before = performance.getEntriesByName('negah:words-found').length;
        const t0 = performance.now();
        setValue.call(input, q.slice(0, i));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await task();
        render.push(performance.now() - t0);
        // Wait for the article index to answer (or time out when the query has no whole word yet).
        for (let k = 0; k < 200 && performance.getEntriesByName('negah:words-found').length === before; k++) await task();
        const marks = performance.getEntriesByName('negah:words-found');
        if (marks.length > before) words.push(marks.at(-1)!.startTime - t0);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      setValue.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await task();
    }
    return { render, words };
  }, queries);
}

function articleOfSize(bytes: number): string {
  const text = persianTextOfSize(bytes * 0.92);
  const paragraphs = text.split('\n').filter((p) => p.trim()).map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`);
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>گزارش بلند</title>
<meta property="og:site_name" content="ایرنا"><meta property="article:published_time" content="2024-12-02T09:30:00+03:30"></head>
<body><header><nav><a href="/">خانه</a></nav></header><main><article><h1>گزارش بلند درباره‌ی مذاکرات</h1>${paragraphs.join('\n')}</article></main><footer>©</footer></body></html>`;
}

/** 1 MB of HTML as news sites send it: scripts, navigation, the article, related links, comments. */
function newsPageOfSize(bytes: number): string {
  const text = persianTextOfSize(bytes);
  const article = text.slice(0, 12_000).split('\n').filter((p) => p.trim()).map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('\n');
  const nav = Array.from({ length: 400 }, (_, i) => `<li><a href="/service/${i}">بخش ${i}</a></li>`).join('');
  const related = Array.from({ length: 150 }, (_, i) => `<li><a href="/news/${i}">${text.slice(i * 80, i * 80 + 70).replace(/[<&\n]/g, ' ')}</a></li>`).join('');
  const script = `<script>window.__state = ${JSON.stringify({ blob: 'x'.repeat(350_000) })};</script>`;
  let comments = '';
  for (let i = 0; Buffer.byteLength(comments, 'utf8') < bytes * 0.45; i++) {
    comments += `<div class="comment"><span class="author">کاربر ${i}</span><p>${text.slice((i * 300) % (text.length - 400), ((i * 300) % (text.length - 400)) + 280).replace(/[<&\n]/g, ' ')}</p></div>`;
  }
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>خبر</title>${script}
<meta property="og:site_name" content="ایرنا"><meta property="article:published_time" content="2024-12-02T09:30:00+03:30"></head>
<body><header><nav class="menu"><ul>${nav}</ul></nav></header><main><article><h1>سخنگوی وزارت امور خارجه: مذاکرات ادامه دارد</h1>${article}</article>
<aside class="related"><ul>${related}</ul></aside><section class="comments">${comments}</section></main><footer>©</footer></body></html>`;
}

/** Waits (at most 15 s) until the toolbar badge of the tab showing `url` carries the count of its marks. */
async function annotated(context: BrowserContext, url: string): Promise<void> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 60; i++) {
    const badge = await sw.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await c.tabs.query({ url: u });
      return tab ? c.action.getBadgeText({ tabId: tab.id }) : '';
    }, url);
    if (badge !== '') return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface ClipTiming {
  bytes: number;
  textChars: number;
  firstMs: number;
  medianMs: number;
  runs: number[];
}

async function clipPage(context: BrowserContext, id: string, url: string, html: string, runs: number): Promise<ClipTiming> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const article = await context.newPage();
  await article.goto(url);
  // A reader saves a page they have opened and looked at: by then Negah has finished marking it.
  await annotated(context, url);
  const popup = await extPage(context, id, 'popup.html');
  // A reader clicks "Save page" after the popup has opened, not within its first frames.
  await popup.waitForFunction(() => performance.getEntriesByName('negah:catalog-ready').length > 0);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await article.bringToFront(); // the popup page clips the web page used last
    const ms = await popup.evaluate(async () => {
      const t0 = performance.now();
      const answer = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } })
        .chrome.runtime.sendMessage({ type: 'clip:tab', payload: {} });
      if (!answer.ok) throw new Error(answer.error);
      return performance.now() - t0;
    });
    times.push(ms);
  }
  const textChars = await popup.evaluate(async (u) => new Promise<number>((resolve) => {
    const open = indexedDB.open('negah');
    open.addEventListener('success', () => {
      const tx = open.result.transaction(['clips', 'bodies']);
      const req = tx.objectStore('clips').index('url').get(u);
      req.addEventListener('success', () => {
        const body = tx.objectStore('bodies').get(req.result.id);
        body.addEventListener('success', () => resolve(body.result.text.length));
      });
    });
  }), url);
  await popup.close();
  await article.close();
  return { bytes: Buffer.byteLength(html, 'utf8'), textChars, firstMs: round(times[0]!), medianMs: round(median(times.slice(1))), runs: times.map((t) => round(t)) };
}

function nodeParts(set: ClipSet) {
  const catalog: Catalog = { clips: set.clips, entities: new Map(set.entities.map((e) => [e.id, e])) };
  // A fresh search each time: the cost of a first keystroke, with nothing to narrow from.
  const query = (q: string) => timeMs(() => runQuery(catalog, new ClipSearch(catalog.clips, catalog.entities.values()), { words: queryWords(q), filters: {}, order: 'saved' }), 15, 3);
  const text = persianTextOfSize(900_000);
  const page = { url: 'https://www.irna.ir/news/1', title: 'گزارش', lang: 'fa' as const, html: text.split('\n').map((p) => `<p>${p}</p>`).join(''), text };
  return {
    queryMs: { persianWord: round(query('مذاکرات')), entityName: round(query('Araghchi')), twoWords: round(query('وزیر خارجه')), noQuery: round(query('')) },
    buildClip1MbMs: round(timeMs(() => buildClip(page), 5, 1)),
  };
}

export async function benchReadingList(): Promise<Record<string, unknown>> {
  ensureBuild();
  log(`generating ${N} clips`);
  const set = realisticClips(N);
  const node = nodeParts(set);
  const web = await startTestWeb();
  const dir = mkdtempSync(join(tmpdir(), 'negah-bench-'));
  const context = await launch(dir, web.port);
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    (await extPage(context, id, 'popup.html')).close(); // creates the database at the current version
    const writer = await extPage(context, id, 'reader.html');
    log('writing clips into IndexedDB');
    const t0 = performance.now();
    await fill(writer, set);
    const fillSeconds = round((performance.now() - t0) / 1000, 1);
    await writer.close();
    log('popup first render');
    const render = await firstRender(context, id, 9);
    log('search keystrokes');
    const popup = await extPage(context, id, 'popup.html');
    await popup.waitForFunction(() => performance.getEntriesByName('negah:catalog-ready').length > 0);
    const typed = await keystrokes(popup, ['مذاکرات وین', 'عراقچی', 'Araghchi', 'سياست خارجي', 'برجام']);
    await popup.close();
    log('clipping a 1 MB article and a 1 MB news page');
    const clip = await clipPage(context, id, 'https://www.irna.ir/bench/article-1mb', articleOfSize(1_000_000), 6);
    const newsPage = await clipPage(context, id, 'https://www.irna.ir/bench/news-page-1mb', newsPageOfSize(1_000_000), 6);
    return {
      clips: N,
      loadAverage: loadavg().map((x) => round(x)),
      data: { entities: set.entities.length, avgTextChars: Math.round(set.bodies.reduce((n, b) => n + b.text.length, 0) / N), fillSeconds },
      popupFirstRenderMs: render.listDrawnMs,
      popupSearchReadyMs: render.searchReadyMs,
      popupFirstRenderRuns: render.runs,
      searchKeystrokeMs: { median: round(median(typed.render)), p90: round(p90(typed.render)), max: round(Math.max(...typed.render)), keystrokes: typed.render.length },
      articleWordLookupMs: typed.words.length ? { median: round(median(typed.words)), p90: round(p90(typed.words)) } : null,
      clip1MbArticle: clip,
      clip1MbNewsPage: newsPage,
      node,
      budgets: { popupFirstRenderMs: 150, searchKeystrokeMs: 50, clip1MbMs: 300 },
    };
  } finally {
    await context.close();
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Negah makes no network request at all. The whole feature set is used — pages
 * annotated, tooltips hovered, clips made from the keyboard and the popup,
 * searched, tagged, noted, starred, filtered, read, exported in three formats and
 * imported back, settings changed — while three independent witnesses record
 * every request: Playwright (pages and workers), Chromium's own network log
 * (every request the browser makes, the service worker's and content scripts'
 * included) and the test web, which every host name resolves to. Beyond the
 * pages the test itself opens (and the favicons the browser asks for with them),
 * there must be none.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launch, test } from './fixtures';
import { hover, marks, tooltipText } from './page-probe';
import { STATEMENT, STATEMENT_TITLE, clipWithShortcut } from './reading-list-helpers';

test.setTimeout(180_000);

interface LoggedRequest {
  url: string;
  initiator: string;
  isolationKey: string;
}

/** Every http(s) request in a Chromium network log (--log-net-log), complete once the browser has closed. */
function netLogRequests(file: string): LoggedRequest[] {
  const text = readFileSync(file, 'utf8');
  let log: { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { url?: string; initiator?: string; network_isolation_key?: string } }[] };
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.replace(/,?\s*$/, '')}]}`); // a log the browser could not finish
  }
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && /^https?:/.test(e.params?.url ?? ''))
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '', isolationKey: e.params!.network_isolation_key ?? '' }));
}

/**
 * Chromium's own requests — the account list, the component updater, autofill's
 * page queries — made with or without Negah: started by the browser itself
 * ("not an origin"; anything a page, an extension page, a worker or a content
 * script starts carries its origin) and sent to Google's services. They never
 * reach the test web (their TLS fails) and are counted apart.
 */
function isBrowserOwn(r: LoggedRequest): boolean {
  return r.initiator === 'not an origin' && !/chrome-extension:/.test(r.isolationKey) && /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/.test(new URL(r.url).hostname);
}

/**
 * The pages the test itself opens, with what their own HTML loads; the browser
 * asks each host for its favicon too. Compared without the query string: the
 * test web records paths only.
 */
class Visits {
  readonly pages = new Set<string>();
  readonly allowed = new Set<string>();
  open = async (context: BrowserContext, url: string, ownSubresources: string[] = []): Promise<Page> => {
    this.pages.add(url);
    for (const u of [url, ...ownSubresources]) this.allowed.add(strip(u));
    this.allowed.add(`${new URL(url).origin}/favicon.ico`);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  allows = (url: string): boolean => this.allowed.has(strip(url));
}

const strip = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

test('using every feature sends no request anywhere beyond the pages the test opens', async ({ web }) => {
  const dir = mkdtempSync(join(tmpdir(), 'negah-privacy-'));
  const netLog = join(dir, 'net.json');
  const context = await launch(join(dir, 'profile'), web.port, [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default']);
  const seenByPlaywright: string[] = [];
  context.on('request', (r) => seenByPlaywright.push(r.url()));
  const serverBefore = web.requests.length;
  const visits = new Visits();
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const ext = async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    };

    // Pages annotated, a tooltip hovered.
    const article = await visits.open(context, 'https://www.irna.ir/news/fixture-news');
    await expect.poll(async () => (await marks(article, 'negah-date')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await marks(article, 'negah-entity')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await hover(article, (await marks(article, 'negah-date'))[0]!);
    await expect.poll(() => tooltipText(article)).not.toBe('');
    await hover(article, (await marks(article, 'negah-entity'))[0]!);
    await expect.poll(() => tooltipText(article)).toMatch(/\S/);
    await article.keyboard.press('Escape');

    // Clips: from the keyboard, and from the popup.
    const second = await visits.open(context, 'https://www.isna.ir/news/seed-2');
    await clipWithShortcut(context, second, sw);
    await visits.open(context, STATEMENT, ['https://www.irna.ir/photos/briefing.jpg']);
    const popup = await ext('popup.html');
    await popup.getByRole('button', { name: 'Save page' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Saved to your reading list' })).toBeVisible();
    await popup.reload();
    await expect(popup.getByText('2 clips')).toBeVisible();

    // Search, filter, tag, note, star.
    await popup.getByRole('searchbox', { name: 'Search the reading list' }).fill('Araghchi');
    await expect(popup.getByText(/of 2 clips/)).toBeVisible();
    await popup.getByRole('searchbox', { name: 'Search the reading list' }).fill('');
    await popup.getByText('Filters', { exact: true }).click();
    await popup.getByLabel('From', { exact: true }).fill('1403-09-01');
    await popup.getByRole('button', { name: 'Clear filters' }).click();
    const tag = popup.getByLabel(`Add a tag to “${STATEMENT_TITLE}”`, { exact: true });
    await tag.fill('برجام');
    await tag.press('Enter');
    await expect(popup.getByRole('button', { name: 'Remove tag “برجام”' })).toBeVisible();
    await popup.getByRole('button', { name: `Add a note to “${STATEMENT_TITLE}”` }).click();
    await popup.keyboard.type('یادداشت');
    await popup.keyboard.press('Control+Enter');
    await popup.getByRole('button', { name: new RegExp(`^Star “${STATEMENT_TITLE}”`) }).click().catch(() => undefined);

    // The reader, with its own tooltips.
    const readerOpened = context.waitForEvent('page');
    await popup.getByRole('link', { name: STATEMENT_TITLE, exact: true }).click();
    const reader = await readerOpened;
    await expect(reader.getByRole('heading', { level: 1, name: STATEMENT_TITLE })).toBeVisible();
    await expect.poll(async () => (await marks(reader, 'negah-date', '.reader-article')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await hover(reader, (await marks(reader, 'negah-date', '.reader-article'))[0]!);

    // Settings, exports in every format, and the JSON imported back.
    const options = await ext('options.html');
    await options.getByLabel('Show the converted date beside each date').check();
    await expect(options.getByRole('status')).toHaveText('Saved');
    let exported = '';
    for (const name of ['Export everything (Negah JSON)', 'Export as Markdown (.zip)', 'Export for Zotero (CSL-JSON)']) {
      const download = options.waitForEvent('download');
      await options.getByRole('button', { name }).click();
      const path = await (await download).path();
      if (name.includes('Negah JSON')) exported = readFileSync(path, 'utf8');
    }
    await options.getByLabel('Import a Negah JSON file or a Pocket CSV export').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(options.getByText(/^Imported 2: /)).toBeVisible();
    // The settings change reaches the open page (inline labels), still without a request.
    await article.bringToFront();
    await article.waitForTimeout(1500);
  } finally {
    await context.close();
  }
  try {
    const fromPlaywright = seenByPlaywright.filter((u) => /^https?:/.test(u) && !visits.allows(u));
    const fromServer = web.requests.slice(serverBefore).map((r) => `https://${r.host}${r.path}`).filter((u) => !visits.allows(u));
    const logged = netLogRequests(netLog);
    const browserOwn = logged.filter(isBrowserOwn);
    const fromBrowser = logged.filter((r) => !isBrowserOwn(r));
    expect(fromBrowser.length).toBeGreaterThan(0); // the log did record the test's own page loads
    expect({ fromPlaywright, fromServer, fromBrowser: fromBrowser.filter((r) => !visits.allows(r.url)) }).toEqual({ fromPlaywright: [], fromServer: [], fromBrowser: [] });
    console.log(`requests: ${fromBrowser.length} for the test's own ${visits.pages.size} pages (their image and favicons included) in Chromium's network log, `
      + `${web.requests.length - serverBefore} at the test web, 0 from Negah; ${browserOwn.length} of Chromium's own (${[...new Set(browserOwn.map((r) => new URL(r.url).host))].join(', ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

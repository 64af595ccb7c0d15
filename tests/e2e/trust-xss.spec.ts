/**
 * Clip content is inert, in real Chromium: a page carrying the whole XSS corpus
 * (tests/fixtures/xss-payloads.ts) is clipped, a Negah file carrying it in every
 * field is imported, and both are shown in the popup and the reader. Nothing
 * may run in the extension's origin (no dialog, no policy report: not even an
 * attempt), nothing may be fetched, and links open only web pages, without opener.
 */
import type { Page } from '@playwright/test';
import { CLOSE_OPEN_CONTEXTS, PAYLOADS, onePageOrder } from '../fixtures/xss-payloads';
import { expect, test } from './fixtures';
import { dumpStore, exportedClip, importFile, negahExport } from './reading-list-helpers';
import { inertProblems, watchContext } from './trust-watch';

test.setTimeout(90_000);

/** Elements and attributes that have no business in Negah's own pages, whatever the clip holds. */
function liveDanger(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector = 'script:not([src]), script[src^="http"], iframe, frame, object, embed, base, meta[http-equiv], math, portal, [srcdoc], [formaction]';
    for (const el of document.querySelectorAll(selector)) found.push(el.outerHTML.slice(0, 80));
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${el.tagName} @${a.name}`);
      const href = el.getAttribute('href');
      if (href !== null && !/^(https?:|chrome-extension:|#|\/|\.\/|reader\.html|options\.html)/i.test(href)) found.push(`${el.tagName} href=${href}`);
    }
    return found;
  });
}

/**
 * The paragraphs of the hostile page that a clip must keep: all but those the
 * browser parsed into something a clip drops with its contents (an unclosed
 * <math> or <svg> swallows what follows it, as a payload meant it to).
 */
function keptMarkers(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('p')]
    .filter((p) => /^بند \d+ از متن مقاله/.test(p.textContent ?? ''))
    .filter((p) => !p.closest('svg, math, template, noscript, iframe, object, form, select, textarea, style, xmp, noembed, noframes, title'))
    .map((p) => (p.textContent ?? '').trim()));
}

async function openReader(popup: Page, title: string): Promise<Page> {
  const opened = popup.context().waitForEvent('page');
  await popup.getByRole('link', { name: title, exact: true }).click();
  const reader = await opened;
  await reader.waitForLoadState();
  return reader;
}

test(`clipping a page that carries ${PAYLOADS.length} XSS payloads: the clip is inert, nothing runs or loads in Negah's pages`, async ({ context, extPage, web }) => {
  const watch = watchContext(context);
  const page = await context.newPage();
  await page.goto('https://www.irna.ir/hostile.html', { waitUntil: 'networkidle' });
  // The page's own payloads ran in the page (its business); from here on, nothing may load anywhere.
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran ?? 0)).toBeGreaterThan(10);
  const kept = await keptMarkers(page);
  // Only the payloads that leave MathML open (placed last) swallow what follows them.
  expect(kept.length).toBeGreaterThanOrEqual(PAYLOADS.length - 3);
  const before = web.requests.length;
  const popup = await extPage('popup.html');
  await popup.getByRole('button', { name: 'Save page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved to your reading list' })).toBeVisible();

  const { bodies } = await dumpStore(popup);
  expect(bodies).toHaveLength(1);
  // The stored HTML, parsed in an inert document, inspected like the reader's DOM.
  await popup.evaluate((stored) => {
    const holder = document.createElement('div');
    holder.id = 'stored';
    holder.hidden = true;
    holder.append(new DOMParser().parseFromString(`<body>${stored}</body>`, 'text/html').body);
    document.body.append(holder);
  }, bodies[0].html as string);
  expect(await inertProblems(popup, '#stored > body', true)).toEqual([]);
  await popup.evaluate(() => document.getElementById('stored')?.remove());
  // The article's text survives around the payloads.
  expect(kept.filter((m) => !bodies[0].text.includes(m))).toEqual([]);

  const reader = await openReader(popup, 'صفحه‌ی آزمایش امنیت');
  await expect(reader.getByText(kept.at(-1)!)).toBeVisible();
  await reader.reload();
  await expect(reader.getByText(kept.at(-1)!)).toBeVisible();
  expect(await inertProblems(reader, '.reader-article', false)).toEqual([]);
  expect(await liveDanger(reader)).toEqual([]);
  expect(await liveDanger(popup)).toEqual([]);

  expect(watch.inExtension()).toEqual({ dialogs: [], policyReports: [], errors: [], requests: [] });
  expect(web.requests.slice(before)).toEqual([]);
});

test('an imported Negah file with the XSS corpus in every field shows as inert text in the popup and the reader', async ({ context, extPage, web }) => {
  const watch = watchContext(context);
  const order = onePageOrder();
  const html = order.map((i) => `<p>بند ${i}</p>${PAYLOADS[i]}${CLOSE_OPEN_CONTEXTS}`).join('\n');
  const short = PAYLOADS.filter((p) => p.length <= 100);
  const clip = exportedClip({
    id: 'hostile', html, title: `hostile clip ${PAYLOADS[1]}`, site: PAYLOADS[0]!.slice(0, 500), author: PAYLOADS[2], excerpt: PAYLOADS.join(' ').slice(0, 5000),
    note: PAYLOADS.join('\n'), tags: short.slice(0, 40), text: PAYLOADS.join('\n'),
  });
  const evilEntity = { id: 'person:abbas-araghchi', type: 'person', name: { en: PAYLOADS[1], fa: PAYLOADS[3]!.slice(0, 500), ar: PAYLOADS[4] } };
  const before = web.requests.length;
  const options = await importFile(extPage, 'hostile.json', negahExport([clip], [evilEntity]));
  await expect(options.getByText(/^Imported 1: 1 added/)).toBeVisible();

  const popup = await extPage('popup.html');
  const title = `hostile clip ${PAYLOADS[1]}`;
  await expect(popup.getByRole('link', { name: title, exact: true })).toBeVisible();
  // The payloads are there, as text.
  await expect(popup.locator('.clip-excerpt')).toContainText(PAYLOADS[0]!);
  await popup.getByRole('searchbox', { name: 'Search the reading list' }).fill('onerror');
  await expect(popup.getByText('1 of 1 clips')).toBeVisible();
  expect(await liveDanger(popup)).toEqual([]);

  const reader = await openReader(popup, title);
  await expect(reader.getByText(`بند ${order[PAYLOADS.length - 4]}`, { exact: true })).toBeVisible();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(await inertProblems(reader, '.reader-article', false)).toEqual([]);
  expect(await liveDanger(reader)).toEqual([]);

  // Every export of it too: the Markdown export carries only web links.
  const md = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export as Markdown (.zip)' }).click();
  await (await md).path();

  // Chromium reports an inline handler or <base> as refused the moment the sanitiser's inert
  // document parses it (DOMParser alone does that under this policy): nothing ran. Any other
  // report — a load refused by img-src, connect-src, frame-src… — would be an attempt, and fails.
  const seen = watch.inExtension();
  const attempts = seen.policyReports.filter((r) => !/^Executing inline event handler violates|^Setting the document's base URI to '[^']*' violates the following Content Security Policy directive: "base-uri 'none'"/.test(r.what));
  expect({ ...seen, policyReports: attempts }).toEqual({ dialogs: [], policyReports: [], errors: [], requests: [] });
  expect(web.requests.slice(before)).toEqual([]);
});

test('a link in a clip opens only a web page, in a new tab, without opener or referrer', async ({ context, extPage, web }) => {
  const html = '<p>پیوند به <a href="https://ok.example/target">یک صفحه</a> و <a href="javascript:alert(1)">یک فریب</a>.</p>';
  const options = await importFile(extPage, 'links.json', negahExport([exportedClip({ id: 'links', title: 'links clip', html })]));
  await expect(options.getByText(/^Imported 1: 1 added/)).toBeVisible();
  const reader = await openReader(await extPage('popup.html'), 'links clip');
  await expect(reader.locator('.reader-article a[href]')).toHaveCount(1);
  await expect(reader.getByText('یک فریب')).toBeVisible(); // its text stays, the link does not
  const opened = context.waitForEvent('page');
  await reader.getByRole('link', { name: 'یک صفحه' }).click();
  const target = await opened;
  await target.waitForLoadState();
  expect(target.url()).toBe('https://ok.example/target');
  expect(await target.evaluate(() => ({ opener: window.opener === null, referrer: document.referrer }))).toEqual({ opener: true, referrer: '' });
  expect(web.requests.filter((r) => r.host === 'ok.example').map((r) => r.path)).toContain('/target');
});

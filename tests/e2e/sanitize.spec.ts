/**
 * The sanitiser where it runs, in Chromium: hostile HTML in a clip — stored by
 * clipping a hostile page, or brought in by an import — never runs, never loads
 * anything, and never reaches the reader page as markup that could.
 */
import type { Page } from '@playwright/test';
import { CLOSE_OPEN_CONTEXTS, PAYLOADS } from '../fixtures/xss-payloads';
import { expect, test } from './fixtures';
import { dumpStore, exportedClip, importFile, negahExport } from './reading-list-helpers';

const FORBIDDEN_TAGS = ['SCRIPT', 'STYLE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'SVG', 'MATH', 'META', 'LINK', 'BASE', 'VIDEO', 'AUDIO', 'TEMPLATE', 'NOSCRIPT', 'IMG'];
const FORBIDDEN_ATTR = /^(on.*|style|src|srcset|srcdoc|action|formaction|background|poster|ping|id|name|xlink:href)$/i;

/** Problems found in the DOM under `selector`: elements or attributes that could run or load something. */
function inertProblems(page: Page, selector: string, imgAllowed: boolean): Promise<string[]> {
  return page.evaluate(([sel, tags, attr, allowImg]) => {
    const problems: string[] = [];
    const root = document.querySelector(sel as string);
    if (!root) return ['no article'];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toUpperCase();
      if ((tags as string[]).includes(tag) && !(allowImg && tag === 'IMG')) problems.push(`element ${tag}`);
      for (const a of el.attributes) {
        if (new RegExp(attr as string, 'i').test(a.name)) problems.push(`${tag} @${a.name}`);
        if ((a.name === 'href' || a.name === 'data-src') && !/^https?:\/\//i.test(a.value)) problems.push(`${tag} @${a.name}=${a.value}`);
      }
      if (tag === 'A' && el.hasAttribute('href') && (el.getAttribute('rel') !== 'noopener noreferrer' || el.getAttribute('target') !== '_blank')) problems.push('link without noopener');
    }
    return problems;
  }, [selector, FORBIDDEN_TAGS, FORBIDDEN_ATTR.source, imgAllowed] as const);
}

test('an imported clip full of XSS payloads shows as inert text in the reader, loading nothing', async ({ extPage, context, web }) => {
  const html = PAYLOADS.map((p, i) => `<p>بند ${i}</p>${p}${CLOSE_OPEN_CONTEXTS}`).join('\n');
  const options = await importFile(extPage, 'hostile.json', negahExport([exportedClip({ id: 'hostile', html, title: 'hostile clip' })]));
  await expect(options.getByText(/^Imported 1: 1 added/)).toBeVisible();
  const popup = await extPage('popup.html');
  const opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'hostile clip', exact: true }).click();
  const reader = await opened;
  const dialogs: string[] = [];
  reader.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  const requestsBefore = web.requests.length;
  await reader.reload();
  await expect(reader.getByText(`بند ${PAYLOADS.length - 1}`)).toBeVisible();
  await reader.waitForTimeout(500);
  expect(await inertProblems(reader, '.reader-article', false)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(web.requests.slice(requestsBefore)).toEqual([]);
  // Text of what was removed may stay; markup may not.
  expect(await reader.locator('.reader-article').innerHTML()).not.toMatch(/<script|onerror=|javascript:/i);
});

test('clipping a hostile page stores only inert HTML', async ({ context, extPage }) => {
  const page = await context.newPage();
  // The hostile page's own alerts are its business; one may already be gone when dismissed.
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
  await page.goto('https://www.irna.ir/hostile.html');
  const popup = await extPage('popup.html');
  await popup.getByRole('button', { name: 'Save page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved to your reading list' })).toBeVisible();
  const { bodies } = await dumpStore(popup);
  expect(bodies).toHaveLength(1);
  // Parse the stored HTML in an inert document and inspect it like the reader's DOM.
  await popup.evaluate((stored) => {
    const holder = document.createElement('div');
    holder.id = 'stored';
    holder.hidden = true;
    holder.append(new DOMParser().parseFromString(`<body>${stored}</body>`, 'text/html').body);
    document.body.append(holder);
  }, bodies[0].html as string);
  expect(await inertProblems(popup, '#stored > body', true)).toEqual([]);
  // The article's text survives around the payloads (what a hostile page makes Readability keep may vary).
  expect(bodies[0].text).toContain('بند 10 از متن مقاله');
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, launch, test } from './fixtures';
import {
  ARAGHCHI, STATEMENT, STATEMENT_TITLE, clipFromPopup, clipWithShortcut, dumpStore, exportedClip, importFile, negahExport, toolbarTitle,
} from './reading-list-helpers';

test('clips an article from the popup, lists it, marks the toolbar and leaves the page untouched', async ({ context, extPage, serviceWorker }) => {
  const article = await context.newPage();
  await article.goto(STATEMENT);
  const before = await article.evaluate(() => document.body.innerHTML);
  const popup = await extPage('popup.html');
  await popup.getByRole('button', { name: 'Save page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: `Saved to your reading list: ${STATEMENT_TITLE}` })).toBeVisible();
  await expect(popup.getByRole('link', { name: STATEMENT_TITLE, exact: true })).toBeVisible();
  await expect(popup.getByText('1 clips')).toBeVisible();
  expect(await article.evaluate(() => document.body.innerHTML)).toBe(before);
  await expect.poll(() => toolbarTitle(serviceWorker, STATEMENT)).toBe('Negah: this page is in your reading list');

  const [clip] = (await dumpStore(popup)).clips;
  expect(clip).toMatchObject({
    url: 'https://www.irna.ir/news/statement', title: STATEMENT_TITLE, site: 'خبرگزاری آزمایشی', author: 'گروه سیاست خارجی', lang: 'fa',
    published: { gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-06-01' }, read: false, starred: false,
  });
  expect(clip.urls).toContain('https://www.irna.ir/statement.html');

  // Saving it again updates it, and says so.
  await popup.getByRole('button', { name: 'Save page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: `Updated: “${STATEMENT_TITLE}” was already in your reading list` })).toBeVisible();
  await expect(popup.getByText('1 clips')).toBeVisible();
});

test('clips the page with Alt+Shift+S, and the popup lists it', async ({ context, extPage, serviceWorker }) => {
  const article = await context.newPage();
  await article.goto('https://www.isna.ir/news/seed-2');
  await clipWithShortcut(context, article, serviceWorker);
  expect(await toolbarTitle(serviceWorker, 'https://www.isna.ir/news/seed-2')).toBe('Negah: this page is in your reading list');
  const popup = await extPage('popup.html');
  await expect(popup.getByRole('link', { name: 'اجلاس اکو', exact: true })).toBeVisible();
});

test('searches in Persian without ZWNJ, and by an entity’s English name', async ({ context, extPage }) => {
  const options = await importFile(extPage, 'negah.json', negahExport([exportedClip({})], [ARAGHCHI]));
  await expect(options.getByText('Imported 1: 1 added, 0 updated, 0 already up to date, 0 kept because yours were newer.')).toBeVisible();
  const { popup } = await clipFromPopup(context, extPage, STATEMENT);
  await popup.reload();
  const search = popup.getByRole('searchbox', { name: 'Search the reading list' });
  await expect(popup.getByText('2 clips')).toBeVisible();

  await search.fill('بیانیهی سخنگوی'); // «بیانیه‌ی» typed without its ZWNJ
  await expect(popup.getByText('1 of 2 clips')).toBeVisible();
  await expect(popup.getByRole('link', { name: STATEMENT_TITLE, exact: true })).toBeVisible();

  // Both clips mention «عراقچی»: the saved statement through the entity matcher, the imported one through its data.
  await search.fill('Araghchi');
  await expect(popup.getByText('2 of 2 clips')).toBeVisible();
  await expect(popup.getByRole('link', { name: 'عراقچی: گفت‌وگوها با اروپا ادامه می‌یابد', exact: true })).toBeVisible();

  await search.fill('گفتوگوها'); // a word of the article, without ZWNJ
  await expect(popup.getByRole('link', { name: 'عراقچی: گفت‌وگوها با اروپا ادامه می‌یابد', exact: true })).toBeVisible();

  await search.fill('Zarif');
  await expect(popup.getByText('No clip matches.', { exact: false })).toBeVisible();
  await search.press('Escape');
  await expect(popup.getByText('2 clips')).toBeVisible();

  // Filters: by entity and by a publication-date range in the reader's calendar (Jalali by default).
  await popup.getByText('Filters', { exact: true }).click();
  await popup.getByLabel('Person or organisation').selectOption({ label: 'Abbas Araghchi' });
  await expect(popup.getByText('2 of 2 clips')).toBeVisible();
  await popup.getByRole('button', { name: 'Clear filters' }).click();
  await popup.getByLabel('From', { exact: true }).fill('1403-09-12');
  await popup.getByLabel('To', { exact: true }).fill('۱۴۰۳/۰۹/۱۲');
  await expect(popup.getByText('2 of 2 clips')).toBeVisible();
  await popup.getByLabel('From', { exact: true }).fill('1403-09-13');
  await expect(popup.getByText('0 of 2 clips')).toBeVisible();
  await popup.getByLabel('To', { exact: true }).fill('1403-13-40');
  await expect(popup.getByText('Not a day in this calendar')).toBeVisible();
});

test('tags a clip from the keyboard, reads it offline in the reader, deletes it and undoes', async ({ context, extPage }) => {
  const { popup } = await clipFromPopup(context, extPage, STATEMENT);
  const tagField = popup.getByLabel(`Add a tag to “${STATEMENT_TITLE}”`, { exact: true });
  await tagField.focus();
  await popup.keyboard.type('برجام');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: 'Remove tag “برجام”' })).toBeVisible();
  await popup.getByRole('button', { name: `Add a note to “${STATEMENT_TITLE}”` }).press('Enter');
  await expect(popup.getByLabel(`Note on “${STATEMENT_TITLE}”`)).toBeFocused();
  await popup.keyboard.type('برای گزارش هفتگی');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByText('برای گزارش هفتگی')).toBeVisible();
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Remove tag “برجام”' })).toBeVisible();

  // The reader, offline: the clip comes from this browser's storage alone.
  const readerOpened = context.waitForEvent('page');
  await popup.getByRole('link', { name: STATEMENT_TITLE, exact: true }).click();
  const reader = await readerOpened;
  const errors: string[] = [];
  reader.on('pageerror', (e) => errors.push(e.message));
  reader.on('console', (m) => {
    if (m.type() === 'error' || /Negah reader/.test(m.text())) errors.push(m.text() + JSON.stringify(m.location()));
  });
  await context.setOffline(true);
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1, name: STATEMENT_TITLE })).toBeVisible();
  await expect(reader.getByText('عباس عراقچی، وزیر امور خارجه', { exact: false })).toBeVisible();
  await expect(reader.getByText('برای گزارش هفتگی')).toBeVisible();
  await expect(reader.getByText('۱۲ آذر ۱۴۰۳').first()).toBeVisible();
  const article = reader.locator('.reader-article');
  expect(await article.locator('p').evaluateAll((ps) => ps.every((p) => p.getAttribute('dir') === 'auto'))).toBe(true);
  await expect(article).toHaveAttribute('dir', 'rtl');
  await expect(article.locator('img')).toHaveCount(0);
  await expect(article.getByRole('img', { name: 'Image: نشست خبری سخنگو' })).toBeVisible();
  await expect(article.getByRole('link', { name: 'an earlier statement', exact: true })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(article.getByText('خبرنامه')).toHaveCount(0); // the page's form is not part of the clip
  // The live page's annotator runs on the clip (its marks come with the date and entity engines).
  await expect.poll(() => reader.evaluate(() => [...document.querySelectorAll('style')].some((st) => (st.textContent ?? '').includes('::highlight(negah-date)')))).toBe(true);
  expect(errors).toEqual([]);
  await context.setOffline(false);

  // Delete, then Undo, from the keyboard.
  await popup.bringToFront();
  await popup.getByRole('button', { name: `Delete “${STATEMENT_TITLE}”` }).press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: `Deleted «${STATEMENT_TITLE}».` })).toBeVisible();
  await expect(popup.getByRole('link', { name: STATEMENT_TITLE, exact: true })).toHaveCount(0);
  await popup.getByRole('button', { name: 'Undo' }).press('Enter');
  await expect(popup.getByRole('link', { name: STATEMENT_TITLE, exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Remove tag “برجام”' })).toBeVisible();
});

test('bulk actions: select all, mark read, star, tag and delete', async ({ context, extPage }) => {
  await importFile(extPage, 'two.json', negahExport([exportedClip({}), exportedClip({ id: 'import-2', url: 'https://www.isna.ir/news/2', title: 'دومین خبر' })], [ARAGHCHI]));
  const popup = await extPage('popup.html');
  await popup.getByLabel('Select all in this list').check();
  const actions = popup.getByRole('group', { name: '2 selected' });
  await actions.getByRole('button', { name: 'Mark read' }).click();
  await actions.getByRole('button', { name: 'Star', exact: true }).click();
  await actions.getByLabel('Tag to add to the selected clips').fill('اروپا');
  await actions.getByRole('button', { name: 'Add tag' }).click();
  await expect(popup.getByRole('button', { name: 'Remove tag “اروپا”' })).toHaveCount(2);
  await expect(popup.getByRole('button', { name: /^Remove the star from/ })).toHaveCount(2);
  const { clips } = await dumpStore(popup);
  expect(clips.every((c) => c.read && c.starred && c.tags.includes('اروپا'))).toBe(true);
  await actions.getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Deleted 2.' })).toBeVisible();
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Your reading list is empty' })).toBeVisible();
  void context;
});

test('exports the list and imports it back identical; imports a Pocket export', async ({ context, extPage }) => {
  await clipFromPopup(context, extPage, STATEMENT);
  await clipFromPopup(context, extPage, 'https://www.farsnews.ir/news/corpus-001');
  const options = await extPage('options.html');
  const exportJson = async () => {
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything (Negah JSON)' }).click();
    const file = await (await downloading).path();
    return JSON.parse(readFileSync(file, 'utf8'));
  };
  const first = await exportJson();
  expect(first.clips).toHaveLength(2);
  await expect(options.getByText('Exported 2 clips.')).toBeVisible();

  // Empty the list, then import the file back.
  const popup = await extPage('popup.html');
  await popup.getByLabel('Select all in this list').check();
  await popup.getByRole('group', { name: '2 selected' }).getByRole('button', { name: 'Delete' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Deleted 2.' })).toBeVisible();
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Your reading list is empty' })).toBeVisible();
  await options.getByLabel('Import a Negah JSON file or a Pocket CSV export').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(first)) });
  await expect(options.getByText('Imported 2: 2 added, 0 updated, 0 already up to date, 0 kept because yours were newer.')).toBeVisible();
  const second = await exportJson();
  expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });

  // Markdown and CSL-JSON downloads.
  const md = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export as Markdown (.zip)' }).click();
  expect((await md).suggestedFilename()).toMatch(/^negah-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
  const csl = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export for Zotero (CSL-JSON)' }).click();
  const items = JSON.parse(readFileSync(await (await csl).path(), 'utf8'));
  expect(items.find((i: { URL: string }) => i.URL === 'https://www.irna.ir/news/statement')).toMatchObject({ type: 'article-newspaper', title: STATEMENT_TITLE, issued: { 'date-parts': [[2024, 12, 2]] } });

  // A Pocket export adds links; a broken file is refused whole, saying why.
  const pocket = 'title,url,time_added,tags,status\nPocket link,https://www.irna.ir/news/pocket?utm_source=pocket,1700000000,خوانده‌نشده|برجام,unread\n';
  await options.getByLabel('Import a Negah JSON file or a Pocket CSV export').setInputFiles({ name: 'part_000000.csv', mimeType: 'text/csv', buffer: Buffer.from(pocket) });
  await expect(options.getByText('Imported 1: 1 added, 0 updated, 0 already up to date, 0 kept because yours were newer.')).toBeVisible();
  await options.getByLabel('Import a Negah JSON file or a Pocket CSV export').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('title,url\nx,javascript:alert(1)\n') });
  await expect(options.getByText('Nothing was imported, because the file has problems:')).toBeVisible();
  await expect(options.getByText('line 2: url: not a web address: "javascript:alert(1)"')).toBeVisible();
  await popup.reload();
  await expect(popup.getByText('3 clips')).toBeVisible();
});

test('keeps the reading list when the browser restarts', async ({ web }) => {
  const dir = mkdtempSync(join(tmpdir(), 'negah-restart-'));
  try {
    let context = await launch(dir, web.port);
    let sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const open = async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    };
    await clipFromPopup(context, open, STATEMENT);
    await context.close();

    context = await launch(dir, web.port);
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popup = await open('popup.html');
    await expect(popup.getByRole('link', { name: STATEMENT_TITLE, exact: true })).toBeVisible();
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the popup reads right to left in Persian', async ({ extPage, context }) => {
  const options = await extPage('options.html');
  await options.getByLabel('Interface language').selectOption('fa');
  await clipFromPopupFa(context, extPage);
  const popup = await extPage('popup.html');
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.getByRole('button', { name: 'ذخیره‌ی صفحه' })).toBeVisible();
  await expect(popup.getByRole('searchbox', { name: 'جست‌وجو در فهرست مطالعه' })).toBeVisible();
  await expect(popup.getByText('منتشرشده در ۱۲ آذر ۱۴۰۳')).toBeVisible();
  const family = await popup.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toContain('Vazirmatn');
});

async function clipFromPopupFa(context: BrowserContext, extPage: (p: string) => Promise<Page>) {
  const article = await context.newPage();
  await article.goto(STATEMENT);
  const popup = await extPage('popup.html');
  await popup.getByRole('button', { name: 'ذخیره‌ی صفحه' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'در فهرست مطالعه ذخیره شد' })).toBeVisible();
}

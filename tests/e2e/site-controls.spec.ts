import { test, expect } from './fixtures';
import { highlightSize } from './page-probe';
import { pressAltShift } from './reading-list-helpers';

test('the popup switches Negah off for the page’s site and back on, and pauses it everywhere', async ({ context, extPage, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('https://www.irna.ir/news/fixture-news');
  await expect.poll(() => highlightSize(page, 'negah-date'), { timeout: 15_000 }).toBeGreaterThan(0);
  const popup = await extPage('popup.html');
  const site = popup.getByLabel(/Annotate www\.irna\.ir/);
  await expect(site).toBeChecked();
  await expect(popup.getByText("on Negah's list of news sites")).toBeVisible();

  await site.uncheck();
  await expect.poll(() => highlightSize(page, 'negah-date')).toBe(-1);
  const badge = () => serviceWorker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ url: 'https://www.irna.ir/*' });
    return c.action.getBadgeText({ tabId: tab.id });
  });
  await expect.poll(badge).toBe('off');
  await site.check();
  await expect.poll(() => highlightSize(page, 'negah-date')).toBeGreaterThan(0);

  await popup.getByLabel('Annotate pages').uncheck();
  await expect.poll(() => highlightSize(page, 'negah-date')).toBe(-1);
  await expect(popup.getByLabel(/Annotate www\.irna\.ir/)).toBeDisabled();
  await popup.getByLabel('Annotate pages').check();
  await expect.poll(() => highlightSize(page, 'negah-date')).toBeGreaterThan(0);
});

test('both keyboard shortcuts are really assigned by the browser', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => (globalThis as any).chrome.commands.getAll());
  const shortcut = (name: string) => commands.find((c: { name: string }) => c.name === name)?.shortcut;
  expect(shortcut('clip-page')).toBe('Alt+Shift+S');
  expect(shortcut('annotate-page')).toBe('Alt+Shift+M');
});

test('Alt+Shift+M annotates a page on a site Negah does not run on by itself', async ({ context, serviceWorker: _sw }) => {
  const page = await context.newPage();
  await page.goto('https://example.org/news/seed-2');
  await page.waitForTimeout(1000);
  expect(await highlightSize(page, 'negah-date')).toBe(-1);
  // Chromium sometimes drops a synthesised shortcut right after start: press again if nothing happened.
  await expect(async () => {
    await page.bringToFront();
    await pressAltShift(context, page, 'M');
    await expect.poll(() => highlightSize(page, 'negah-date'), { timeout: 4000 }).toBeGreaterThan(0);
  }).toPass({ timeout: 20_000 });
});

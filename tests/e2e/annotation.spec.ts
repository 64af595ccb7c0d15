import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { accessibleNodes, highlightSize, hover, inlineLabels, marks, tooltipText } from './page-probe';

const SITE = 'https://www.irna.ir/news';

async function open(page: Page, fixture: string): Promise<void> {
  await page.goto(`${SITE}/fixture-${fixture}`);
  await expect.poll(() => highlightSize(page, 'negah-date'), { timeout: 15_000 }).toBeGreaterThan(0);
}

test.describe('annotating a Persian news article', () => {
  test('marks dates in the article and nowhere else, without touching the page', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'news');
    const dates = await marks(page, 'negah-date');
    // The dateline's time belongs to its date.
    expect(dates.map((d) => d.text)).toContain('۱۲ آذر ۱۴۰۳ - ۱۸:۲۳');
    // Navigation, the ad, related links, comments and the footer all carry dates; none is marked.
    expect(dates.filter((d) => !d.inside)).toEqual([]);
    const after = await page.evaluate(() => ({
      same: document.body.textContent === (window as any).__textAtLoad,
      html: document.body.innerHTML === (window as any).__htmlAtLoad,
      mutations: (window as any).__mutations,
    }));
    expect(after).toEqual({ same: true, html: true, mutations: 0 });
  });

  test('marks entities on a diplomatic article', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'news');
    await expect.poll(async () => (await marks(page, 'negah-entity')).map((m) => m.text)).toContain('عباس عراقچی');
    expect((await marks(page, 'negah-entity')).filter((m) => !m.inside)).toEqual([]);
    // Diplomatic vocabulary has its own, quieter mark.
    expect((await marks(page, 'negah-term')).map((m) => m.text)).toContain('نشست خبری مشترک');
    expect((await marks(page, 'negah-entity')).map((m) => m.text)).toContain('روند آستانه');
  });

  test('opens a tooltip on hover, with the date in the other calendars', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await open(page, 'news');
    const date = (await marks(page, 'negah-date')).find((d) => d.text.startsWith('۱۲ آذر ۱۴۰۳'))!;
    await hover(page, date);
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('December 2, 2024');
    expect(await tooltipText(page)).toContain('Monday');
    // Moving away closes it after a grace period.
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toBe('');
  });

  test('steps through the marks from the keyboard and closes with Esc', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'news');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tooltipText(page)).not.toBe('');
    expect(await highlightSize(page, 'negah-focus')).toBe(1);
    // A screen reader finds the tooltip as a labelled dialog, and hears it through a live region.
    const ax = await accessibleNodes(page);
    expect(ax.some((n) => n.role === 'dialog' && n.name.length > 0)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBe('');
  });

  test('leaves inputs, textareas, editable content and code alone', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'login');
    const texts = (await marks(page, 'negah-date', '#login')).filter((m) => m.inside).map((m) => m.text);
    expect(texts).toEqual([]);
    // Typing in the form is not intercepted by Negah's shortcuts.
    await page.locator('#editor').click();
    await page.keyboard.type('۱۸ آذر');
    await expect(page.locator('#editor')).toContainText('۱۸ آذر');
  });

  test('annotates paragraphs loaded later', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'lazy');
    await page.waitForFunction(() => (window as any).__lazyDone === true);
    await expect.poll(async () => (await marks(page, 'negah-date')).map((m) => m.text), { timeout: 10_000 }).toContain('۱۸ آذر ۱۴۰۳');
  });

  test('follows an SPA route change', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'spa');
    await page.evaluate(() => (window as any).__route());
    await expect.poll(async () => (await marks(page, 'negah-date')).map((m) => m.text), { timeout: 10_000 }).toContain('۲۵ بهمن ۱۴۰۲');
    expect(page.url()).toContain('/news/second-story');
  });

  test('annotates an article that the page’s own scripts render after load', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await page.goto(`${SITE}/fixture-late`);
    await expect.poll(async () => (await marks(page, 'negah-date')).map((m) => m.text), { timeout: 15_000 }).toContain('۱۲ آذر ۱۴۰۳ - ۱۸:۲۳');
  });

  test('annotates the next article of an infinite scroll', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'infinite');
    await page.evaluate(() => (window as any).__next());
    // An infinite scroll appends the next story when the reader reaches the end.
    await page.evaluate(() => document.querySelector('.next-article p:last-child')!.scrollIntoView());
    await expect.poll(async () => (await marks(page, 'negah-date', '.next-article')).filter((m) => m.inside).map((m) => m.text), { timeout: 10_000 }).toContain('۲۲ آذر ۱۴۰۳');
  });

  test('annotates a 1 MB article, drawing the marks near where the reader is', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await page.goto(`${SITE}/fixture-huge`);
    await expect.poll(() => highlightSize(page, 'negah-date'), { timeout: 30_000 }).toBeGreaterThan(0);
    const onScreen = async () => (await marks(page, 'negah-entity')).filter((m) => m.rect.y > -3000 && m.rect.y < 4000).length;
    expect(await onScreen()).toBeGreaterThan(0);
    // Only paragraphs near the viewport are drawn, however long the page.
    const drawn = await highlightSize(page, 'negah-entity');
    expect(drawn).toBe(await onScreen());
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(async () => (await marks(page, 'negah-entity')).filter((m) => m.rect.y > 0 && m.rect.y < 720).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.textContent === (window as any).__textAtLoad)).toBe(true);
  });

  test('shows converted dates inline without moving the text', async ({ context, extPage, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'news');
    const before = await page.locator('#article').boundingBox();
    const options = await extPage('options.html');
    await options.getByLabel('Show the converted date beside each date').check();
    await expect.poll(() => inlineLabels(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining('December 2, 2024'));
    expect(await page.locator('#article').boundingBox()).toEqual(before);
  });

  test('switches off for a site and back on', async ({ context, extPage, serviceWorker }) => {
    const page = await context.newPage();
    await open(page, 'news');
    const options = await extPage('options.html');
    await options.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...settings, disabledSites: ['www.irna.ir'] } });
    });
    await expect.poll(() => highlightSize(page, 'negah-date')).toBe(-1);
    const tabId = await page.evaluate(() => 0).then(async () => serviceWorker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ url: 'https://www.irna.ir/*' }))[0].id));
    await expect.poll(() => serviceWorker.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('off');
    await options.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...settings, disabledSites: [] } });
    });
    await expect.poll(() => highlightSize(page, 'negah-date')).toBeGreaterThan(0);
  });
});

test.describe('pages Negah must leave alone', () => {
  test('an English page gets nothing, not even the annotator', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await page.goto(`${SITE}/fixture-english`);
    await page.waitForTimeout(1500);
    expect(await highlightSize(page, 'negah-date')).toBe(-1);
  });

  test('a Persian sports page gets its dates but no entities', async ({ context, serviceWorker: _sw }) => {
    const page = await context.newPage();
    await open(page, 'sport');
    const dates = (await marks(page, 'negah-date')).map((m) => m.text);
    expect(dates).toContain('روز جمعه ۳۰ آذر ۱۴۰۳');
    expect(dates).not.toContain('۲-۱');
    expect(await highlightSize(page, 'negah-entity')).toBe(0);
    expect(await highlightSize(page, 'negah-term')).toBe(0);
  });
});

test('with a Persian interface, tooltips are in Persian, right to left, with Jalali dates', async ({ context, extPage, serviceWorker: _sw }) => {
  const options = await extPage('options.html');
  await options.getByLabel('Interface language').selectOption('fa');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${SITE}/corpus-028`);
  await expect.poll(() => highlightSize(page, 'negah-date'), { timeout: 15_000 }).toBeGreaterThan(0);
  const date = (await marks(page, 'negah-date', 'body')).find((d) => d.text.startsWith('26 شوال'))!;
  await hover(page, date);
  // 26 Shawwal 1436 = 11 August 2015 = 20 Mordad 1394.
  await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('۲۰ مرداد ۱۳۹۴');
  expect(await tooltipText(page)).toContain('میلادی');
});

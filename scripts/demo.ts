/**
 * Builds Negah, serves the sample articles (the seeds and a few dev-corpus texts,
 * read from ../shared) as if from real news sites, and opens Chromium with the
 * extension loaded. Without a display it writes screenshots instead and says where.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launch } from '../tests/e2e/fixtures';
import { startTestWeb } from '../tests/e2e/server';

const PAGES = [
  'https://www.irna.ir/news/seed-2',
  'https://www.isna.ir/news/seed-0',
  'https://www.spa.gov.sa/corpus-028',
  'https://www.farsnews.ir/news/corpus-004',
];
const SHOTS = resolve(process.env.SHOTS_DIR ?? 'demo-shots');

function build(): void {
  console.log('Building the extension…');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function extensionId(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

async function showcase(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('negah-date')?.size ?? 0) + (CSS.highlights.get('negah-entity')?.size ?? 0) > 0, null, { timeout: 15_000 }).catch(() => undefined);
  // Open the first tooltip from the keyboard, as a reader would.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.waitForTimeout(400);
}

async function shot(page: Page, name: string): Promise<string> {
  const file = join(SHOTS, name);
  await page.screenshot({ path: file });
  return file;
}

async function screenshots(context: BrowserContext, id: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const written: string[] = [];
  for (const [i, url] of PAGES.entries()) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(url);
    await showcase(page);
    const file = join(SHOTS, `page-${i + 1}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  // Save the page read last (the Persian news article of the last tab), as a reader would.
  await popup.getByRole('button', { name: 'Save page' }).click();
  await popup.getByRole('status').filter({ hasText: /Saved|Updated/ }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  written.push(await shot(popup, 'popup.png'));
  const reader = await context.newPage();
  await reader.setViewportSize({ width: 1000, height: 800 });
  const href = await popup.locator('a[href*="reader.html"]').first().getAttribute('href');
  if (href) {
    await reader.goto(href);
    await reader.waitForTimeout(1500);
    await reader.keyboard.press('Alt+Shift+ArrowDown');
    await reader.waitForTimeout(400);
    written.push(await shot(reader, 'reader.png'));
  }
  // The same popup in Persian, right to left.
  await popup.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const { settings } = await c.storage.sync.get('settings');
    await c.storage.sync.set({ settings: { ...settings, uiLanguage: 'fa' } });
  });
  await popup.reload();
  await popup.waitForTimeout(800);
  written.push(await shot(popup, 'popup-fa.png'));
  console.log(`No display found, so Negah ran headless. Screenshots are in ${SHOTS}:`);
  for (const f of written) console.log(`  ${f}`);
}

async function main(): Promise<void> {
  build();
  const web = await startTestWeb();
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
  const context = await launch(mkdtempSync(join(tmpdir(), 'negah-demo-')), web.port, headed ? [] : [], !headed);
  const id = await extensionId(context);
  if (!headed) {
    await screenshots(context, id);
    await context.close();
    await web.close();
    return;
  }
  for (const url of PAGES) await (await context.newPage()).goto(url);
  console.log('Chromium is open with Negah loaded on sample news pages (served locally). Hover a marked date or name, or press Alt+Shift+↓. Close the browser to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await web.close();
}

await main();

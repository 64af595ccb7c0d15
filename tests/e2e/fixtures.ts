/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded (a
 * persistent context, headless), the extension's id, and the HTTPS test web.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestWeb, type TestWeb } from './server';

export const EXT_PATH = resolve(process.env.EXT_PATH ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface NegahFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extPage: (path: string) => Promise<Page>;
}

export const test = base.extend<NegahFixtures, { web: TestWeb }>({
  web: [async ({}, use) => {
    const web = await startTestWeb();
    await use(web);
    await web.close();
  }, { scope: 'worker' }],
  context: async ({ web }, use) => {
    if (!existsSync(join(EXT_PATH, 'manifest.json'))) throw new Error(`No built extension at ${EXT_PATH}: run \`npm run build\` first.`);
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\`.`);
    const userDataDir = mkdtempSync(join(tmpdir(), 'negah-e2e-'));
    const context = await launch(userDataDir, web.port);
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await use(sw);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export function launch(userDataDir: string, port: number, extra: string[] = [], headless = true): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${EXT_PATH}`,
      `--load-extension=${EXT_PATH}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extra,
    ],
  });
}

export const expect = test.expect;

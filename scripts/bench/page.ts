/**
 * In-browser figures, in Debian's Chromium with the built extension: main-thread
 * script time Negah adds to a typical article and to a 1 MB article (as a ratio to
 * the bare cost of walking that page's text nodes), long tasks after load, and what
 * the loader costs on a page that is not Persian or Arabic.
 * Added time = CDP Performance.getMetrics (TaskDuration, ScriptDuration) with the extension
 * minus without it, same page, median of several loads.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXT_PATH, launch } from '../../tests/e2e/fixtures';
import { startTestWeb } from '../../tests/e2e/server';
import { median, round } from './measure';

const RUNS = 5;

interface Times {
  /** TaskDuration: all main-thread work, rendering included. */
  task: number;
  /** ScriptDuration: script only, and it misses prioritised background tasks, where Negah does most of its work. */
  script: number;
}

async function mainThreadMs(page: Page, url: string, settle: (p: Page) => Promise<void>): Promise<Times> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await settle(page);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

/** Done when the toolbar badge (set once the whole article is annotated) shows a count that holds. */
export function annotated(sw: Worker) {
  return async (page: Page): Promise<void> => {
    const url = page.url();
    let last = '';
    for (let i = 0; i < 120; i++) {
      const text = await sw.evaluate(async (u) => {
        const c = (globalThis as any).chrome;
        const [tab] = await c.tabs.query({ url: u });
        return tab ? c.action.getBadgeText({ tabId: tab.id }) : '';
      }, url);
      if (text !== '' && text === last) return;
      last = text;
      await page.waitForTimeout(250);
    }
  };
}

const quiet = (p: Page) => p.waitForTimeout(1500);

/** Time to walk every text node under the article and read its data, in the page itself. */
function walkMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    // (No named inner functions: tsx would wrap them in a helper the page does not have.)
    const root = document.getElementById('article')!;
    const times: number[] = [];
    let chars = 0;
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      // Twenty walks per sample: one walk of a short article is below the timer's resolution.
      for (let k = 0; k < 20; k++) {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = w.nextNode(); node; node = w.nextNode()) chars += (node as Text).data.length;
      }
      times.push((performance.now() - t0) / 20);
    }
    if (chars < 0) return 0;
    return times.sort((a, b) => a - b)[3]!;
  });
}

export async function measure(ext: BrowserContext, bare: BrowserContext, url: string, settle: (p: Page) => Promise<void>) {
  const withExt: Times[] = [];
  const without: Times[] = [];
  const walks: number[] = [];
  let longTasks: { start: number; duration: number }[] = [];
  let bareLongTasks: { start: number; duration: number }[] = [];
  let extensionInLongFrames: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p1 = await ext.newPage();
    withExt.push(await mainThreadMs(p1, url, settle));
    walks.push(await walkMs(p1));
    const loadEnd = await p1.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    longTasks = longTasks.concat(await p1.evaluate((t) => ((window as any).__longTasks as { start: number; duration: number }[]).filter((x) => x.start > t), loadEnd));
    extensionInLongFrames = extensionInLongFrames.concat(await p1.evaluate(() => ((window as any).__longFrames as { scripts: { url: string; duration: number }[] }[])
      .flatMap((f) => f.scripts.filter((sc) => sc.url.startsWith('chrome-extension://')).map((sc) => sc.duration))));
    await p1.close();
    const p2 = await bare.newPage();
    without.push(await mainThreadMs(p2, url, quiet));
    const bareLoadEnd = await p2.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    bareLongTasks = bareLongTasks.concat(await p2.evaluate((t) => ((window as any).__longTasks as { start: number; duration: number }[]).filter((x) => x.start > t), bareLoadEnd));
    await p2.close();
  }
  const delta = (k: keyof Times) => median(withExt.map((t) => t[k])) - median(without.map((t) => t[k]));
  const added = Math.max(0, delta('task'));
  const walk = median(walks);
  return {
    url, runs: RUNS,
    mainThreadMsAdded: round(added), scriptMsAdded: round(delta('script')), textWalkMs: round(walk, 3),
    ratioToTextWalk: walk > 0 ? round(added / walk, 1) : null,
    // Long animation frames name the scripts that ran in them: Negah's are the chrome-extension:// ones.
    negahScriptsInLongFrames: { count: extensionInLongFrames.length, maxMs: round(Math.max(0, ...extensionInLongFrames)) },
    longTasksAfterLoad: {
      withNegah: { count: longTasks.length, maxMs: round(Math.max(0, ...longTasks.map((t) => t.duration))) },
      without: { count: bareLongTasks.length, maxMs: round(Math.max(0, ...bareLongTasks.map((t) => t.duration))) },
    },
  };
}

/** A copy of the built extension whose loader does nothing: what any content script costs Chromium. */
function emptyLoaderBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'negah-empty-loader-'));
  cpSync(EXT_PATH, dir, { recursive: true });
  writeFileSync(join(dir, 'loader.js'), '(function(){})();');
  return dir;
}

export async function launchWith(path: string, port: number): Promise<{ context: BrowserContext; sw: Worker }> {
  // A later --load-extension wins over the one launch() passes.
  const context = await launch(mkdtempSync(join(tmpdir(), 'negah-bench-')), port, [`--disable-extensions-except=${path}`, `--load-extension=${path}`]);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, sw };
}

export async function benchPage() {
  const web = await startTestWeb();
  const { context: ext, sw } = await launchWith(EXT_PATH, web.port);
  const { context: empty } = await launchWith(emptyLoaderBuild(), web.port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [`--host-resolver-rules=MAP * 127.0.0.1:${web.port}`, '--disable-gpu', '--no-sandbox'] });
  const bare = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const content = readFileSync(join(EXT_PATH, 'loader.js'));
    return {
      browser: `Chromium ${browser.version()} (headless)`,
      typicalArticle: await measure(ext, bare, 'https://www.irna.ir/news/fixture-news', annotated(sw)),
      oneMegabyteArticle: await measure(ext, bare, 'https://www.irna.ir/news/fixture-huge', annotated(sw)),
      nonMatchingPage: {
        ...(await measure(ext, bare, 'https://www.irna.ir/news/fixture-english', quiet)),
        // The same page with a loader that does nothing: the difference is the loader's own work.
        loaderOwnScriptMs: (await measure(ext, empty, 'https://www.irna.ir/news/fixture-english', quiet)).scriptMsAdded,
        loaderBytes: content.length, loaderGzipBytes: gzipSync(content, { level: 9 }).length,
      },
    };
  } finally {
    await ext.close();
    await empty.close();
    await browser.close();
    await web.close();
  }
}

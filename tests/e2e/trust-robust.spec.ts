/**
 * Negah on pages that work against it (tests/e2e/hostile-pages.ts): built-ins
 * replaced in the page's world, 100,000 elements, 5,000 levels of nesting, lone
 * surrogates and bidi controls, frames, DOM clobbering. The page keeps working —
 * its own scripts see what they set up, its text and markup are what they were —
 * and Negah either works or steps aside quietly: no uncaught error and no error
 * logged from its scripts, and clipping the page ends with an answer.
 */
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

test.setTimeout(120_000);

interface Trouble {
  exceptions: string[];
  consoleErrors: string[];
}

/**
 * Every uncaught exception and console error in any world of the page (the page's
 * own, Negah's isolated one), as the DevTools protocol reports them: Playwright's
 * own events see only the page's world.
 */
async function watchAllWorlds(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; trouble: Trouble }> {
  const cdp = await context.newCDPSession(page);
  const trouble: Trouble = { exceptions: [], consoleErrors: [] };
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; name: string } }) => worlds.set(e.context.id, `${e.context.name} ${e.context.origin}`));
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; url?: string; executionContextId?: number; exception?: { description?: string } } }) => {
    const d = e.exceptionDetails;
    trouble.exceptions.push(`${worlds.get(d.executionContextId ?? -1) ?? '?'}: ${d.exception?.description ?? d.text} (${d.url ?? ''})`);
  });
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; executionContextId: number; args: { value?: unknown; description?: string }[] }) => {
    if (e.type === 'error') trouble.consoleErrors.push(`${worlds.get(e.executionContextId) ?? '?'}: ${e.args.map((a) => String(a.value ?? a.description)).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  return { cdp, trouble };
}

/** Evaluates in the page's own world without Playwright's helpers (the page may have replaced what they use). */
async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: T }; exceptionDetails?: { text: string } };
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

/** Negah's mark count for the tab, from the toolbar badge ('' when it drew nothing). */
function badge(sw: Worker, url: string): Promise<string> {
  return sw.evaluate(async (u) => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: u });
    return tab ? chrome.action.getBadgeText({ tabId: tab.id }) : 'no tab';
  }, url);
}

/** The page as its own scripts left it: same text, same markup (Negah's layer hangs off <html>, never in <body>). */
async function expectUntouched(cdp: CDPSession): Promise<void> {
  expect(await inPage<boolean>(cdp, 'document.body.textContent === window.__textAtLoad')).toBe(true);
  expect(await inPage<boolean>(cdp, 'document.body.innerHTML === window.__htmlAtLoad')).toBe(true);
}

/** Clips the page from the popup: it must end with a sentence, saved or not, never hang. */
async function clipEnds(context: BrowserContext, extPage: (p: string) => Promise<Page>, page: Page): Promise<string> {
  await page.bringToFront();
  const popup = await extPage('popup.html');
  await popup.getByRole('button', { name: 'Save page' }).click();
  const said = popup.getByRole('status').filter({ hasText: /Saved to your reading list|Updated|could not|cannot|Negah/ }).or(popup.getByRole('alert'));
  await expect(said.first()).toBeVisible({ timeout: 30_000 });
  const text = (await said.first().textContent()) ?? '';
  await popup.close();
  void context;
  return text;
}

async function open(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession; trouble: Trouble }> {
  const page = await context.newPage();
  const { cdp, trouble } = await watchAllWorlds(context, page);
  await page.goto(url);
  return { page, cdp, trouble };
}

test('a page that replaces Array, JSON, Node, MutationObserver, CSS.highlights and Negah’s own element keeps working, and Negah marks it', async ({ context, extPage, serviceWorker }) => {
  const url = 'https://www.irna.ir/trust-builtins.html';
  const { page, cdp, trouble } = await open(context, url);
  await expect.poll(() => badge(serviceWorker, url), { timeout: 30_000 }).toMatch(/^[1-9]\d*$/);
  // The page's own code still sees its own replacements.
  expect(await inPage(cdp, 'window.__selfCheck()')).toEqual({
    map: 'page-map', json: 'page-JSON.stringify', append: true, observer: true, walker: 'page-createTreeWalker', highlights: 'page-has', errors: [],
  });
  // Negah's layer is a plain element the page's definition never ran for, and no message reached the page.
  await page.mouse.move(200, 200);
  expect(await inPage(cdp, '[window.__negahSeen === true, window.__messages.length]')).toEqual([false, 0]);
  await expectUntouched(cdp);
  expect(await clipEnds(context, extPage, page)).toMatch(/Saved to your reading list/);
  await expectUntouched(cdp);
  expect(trouble).toEqual({ exceptions: [], consoleErrors: [] });
});

test('a page of 100,000 elements is marked and clipped, and left as it was', async ({ context, extPage, serviceWorker }) => {
  const url = 'https://www.irna.ir/trust-huge.html';
  const { page, cdp, trouble } = await open(context, url);
  expect(await inPage<number>(cdp, 'document.getElementsByTagName("*").length')).toBeGreaterThan(100_000);
  await expect.poll(() => badge(serviceWorker, url), { timeout: 60_000 }).toMatch(/^[1-9]\d*$/);
  expect(await clipEnds(context, extPage, page)).toMatch(/Saved to your reading list/);
  await expectUntouched(cdp);
  expect(trouble).toEqual({ exceptions: [], consoleErrors: [] });
});

test('a page nested 5,000 levels deep is marked and clipped, and left as it was', async ({ context, extPage, serviceWorker }) => {
  const url = 'https://www.irna.ir/trust-deep.html';
  const { page, cdp, trouble } = await open(context, url);
  expect(await inPage<number>(cdp, 'window.__depth')).toBeGreaterThan(5000);
  await expect.poll(() => badge(serviceWorker, url), { timeout: 60_000 }).toMatch(/^[1-9]\d*$/);
  expect(await clipEnds(context, extPage, page)).toMatch(/Saved to your reading list/);
  await expectUntouched(cdp);
  expect(trouble).toEqual({ exceptions: [], consoleErrors: [] });
});

test('text with lone surrogates, bidi controls and joiners is marked, hovered and clipped without an error', async ({ context, extPage, serviceWorker }) => {
  const url = 'https://www.irna.ir/trust-odd.html';
  const { page, cdp, trouble } = await open(context, url);
  await expect.poll(() => badge(serviceWorker, url), { timeout: 30_000 }).toMatch(/^[1-9]\d*$/);
  // Hover every odd paragraph: the tooltip code meets the odd text too.
  for (const p of await page.locator('#article p').all()) await p.hover().catch(() => undefined);
  expect(await clipEnds(context, extPage, page)).toMatch(/Saved to your reading list/);
  await expectUntouched(cdp);
  expect(trouble).toEqual({ exceptions: [], consoleErrors: [] });
});

test('a page that clobbers the DOM (a form’s controls named parentNode, tagName…; images named body, URL, querySelector…) is marked and clipped', async ({ context, extPage, serviceWorker }) => {
  const url = 'https://www.irna.ir/trust-clobber.html';
  const { page, cdp, trouble } = await open(context, url);
  expect(await inPage<string>(cdp, 'typeof document.querySelector + " " + document.getElementById("f").parentNode.tagName')).toBe('object INPUT');
  await expect.poll(() => badge(serviceWorker, url), { timeout: 30_000 }).toMatch(/^[1-9]\d*$/);
  expect(await clipEnds(context, extPage, page)).toMatch(/Saved to your reading list/);
  const popup = await extPage('popup.html');
  await expect(popup.getByRole('link', { name: 'صفحه‌ای که DOM را می‌پوشاند', exact: true })).toBeVisible();
  await expectUntouched(cdp);
  expect(trouble).toEqual({ exceptions: [], consoleErrors: [] });
});

test('in a page with frames only the top document is marked; the frames are left alone', async ({ context, serviceWorker }) => {
  const url = 'https://www.irna.ir/trust-frames.html';
  const { page, cdp, trouble } = await open(context, url);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('negah-date')), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => badge(serviceWorker, url)).toMatch(/^[1-9]\d*$/);
  await page.waitForTimeout(1500); // the frames' own loads and Negah's idle slices
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  expect(frames.length).toBe(4);
  for (const frame of frames) {
    const marked = await frame.evaluate(() => ({ highlights: CSS.highlights.size, layer: document.querySelector('negah-layer') !== null, text: document.body?.textContent?.length ?? 0 }));
    expect({ frame: frame.url(), ...marked, text: marked.text > 0 }).toEqual({ frame: frame.url(), highlights: 0, layer: false, text: true });
  }
  await expectUntouched(cdp);
  expect(trouble).toEqual({ exceptions: [], consoleErrors: [] });
});

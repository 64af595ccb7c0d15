import { test, expect } from './fixtures';

test('the content script runs on a listed news site and injects the annotator', async ({ context, serviceWorker: _sw }) => {
  const page = await context.newPage();
  await page.goto('https://www.irna.ir/news/seed-2');
  await expect(page.locator('h1')).toContainText('اجلاس اکو');
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('negah-date')), { timeout: 15_000 }).toBe(true);
});

test('the content script stays away from sites that are not listed', async ({ context, serviceWorker: _sw }) => {
  const page = await context.newPage();
  await page.goto('https://example.org/news/seed-2');
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => CSS.highlights.has('negah-date'))).toBe(false);
});

test('the popup opens and explains its empty reading list', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Your reading list is empty' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Save page' })).toBeVisible();
});

test('a setting changed on the options page survives a reload', async ({ extPage }) => {
  const options = await extPage('options.html');
  const inline = options.getByLabel('Show the converted date beside each date');
  await expect(inline).not.toBeChecked();
  await inline.check();
  await expect(options.getByRole('status')).toHaveText('Saved');
  await options.reload();
  await expect(options.getByLabel('Show the converted date beside each date')).toBeChecked();
});

test('the background answers a valid message and refuses a malformed one', async ({ extPage }) => {
  const page = await extPage('popup.html');
  const answers = await page.evaluate(async () => {
    const send = (m: unknown) => (globalThis as any).chrome.runtime.sendMessage(m);
    return [await send({ type: 'ping', payload: {} }), await send({ type: 'nope', payload: {} }), await send({ type: 'badge:set', payload: { count: -1, state: 'on' } })];
  });
  expect(answers[0]).toMatchObject({ ok: true, value: { pong: true } });
  expect(answers[1]).toEqual({ ok: false, error: 'unknown message type: nope' });
  expect(answers[2]).toMatchObject({ ok: false });
});

/**
 * Who can talk to Negah's background, in real Chromium: its own pages and
 * content scripts, and no one else — not a web page (no externally_connectable),
 * not another extension (Negah listens for its own messages only) — and what it
 * accepts is bounded: a 50 MB clip is refused with a sentence, and nothing is stored.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { EXT_PATH, expect, launch, test } from './fixtures';
import { dumpStore } from './reading-list-helpers';

const ENVELOPES = [
  { type: 'clip:save', payload: { page: { url: 'https://www.irna.ir/forged', title: 'forged', lang: 'fa', html: '<p>x</p>', text: 'x' } } },
  { type: 'annotate:tab', payload: {} },
  { type: 'site:sync', payload: {} },
  { type: 'ping', payload: {} },
];

test('a web page cannot reach the background: no runtime API, and messages posted to the window go nowhere', async ({ context, extPage, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('https://www.irna.ir/news/seed-2');
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('negah-date')), { timeout: 15_000 }).toBe(true);
  const tries = await page.evaluate(async ([id, envelopes]) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown>; connect?: unknown } } };
    const out: string[] = [`runtime: ${typeof w.chrome?.runtime?.sendMessage}`];
    for (const m of envelopes as object[]) {
      // What a page can do: post to its own window and frames (a content script might listen), fire DOM events.
      window.postMessage(m, '*');
      window.postMessage(JSON.stringify(m), '*');
      document.dispatchEvent(new CustomEvent('negah', { detail: m }));
      try {
        const send = w.chrome?.runtime?.sendMessage;
        if (!send) continue;
        await send(id, m);
        out.push('sent');
      } catch (e) {
        out.push(`refused: ${String(e).slice(0, 60)}`);
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
    return out;
  }, [extensionId, ENVELOPES] as const);
  expect(tries[0]).toBe('runtime: undefined');
  expect(tries.filter((t) => t === 'sent')).toEqual([]);
  const popup = await extPage('popup.html');
  expect((await dumpStore(popup)).clips).toEqual([]);
  // The background is alive and well, and its own pages still reach it.
  expect(await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'ping', payload: {} }))).toMatchObject({ ok: true });
  void serviceWorker;
});

test('another extension cannot reach the background, whatever it sends', async ({ web }) => {
  const other = mkdtempSync(join(tmpdir(), 'negah-other-ext-'));
  const profile = mkdtempSync(join(tmpdir(), 'negah-two-ext-'));
  writeFileSync(join(other, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(other, 'sw.js'), '// another extension, driven by the test\n');
  const both = `${EXT_PATH},${other}`;
  // Chromium keeps the last copy of a switch: these replace the fixture's single-extension ones.
  const context = await launch(profile, web.port, [`--disable-extensions-except=${both}`, `--load-extension=${both}`]);
  try {
    const workers = async (): Promise<Worker[]> => {
      await expect.poll(() => context.serviceWorkers().length, { timeout: 15_000 }).toBe(2);
      return context.serviceWorkers();
    };
    const all = await workers();
    const negah = all.find((w) => w.url().endsWith('/background.js'))!;
    const stranger = all.find((w) => w.url().endsWith('/sw.js'))!;
    const negahId = new URL(negah.url()).host;
    const answers = await stranger.evaluate(async ([id, envelopes]) => {
      const chrome = (globalThis as any).chrome;
      const out: string[] = [];
      for (const m of envelopes as object[]) {
        try {
          out.push(`answered: ${JSON.stringify(await chrome.runtime.sendMessage(id, m))}`);
        } catch (e) {
          out.push(`refused: ${String(e)}`);
        }
      }
      const port = chrome.runtime.connect(id);
      const disconnected = await new Promise((resolve) => {
        port.onDisconnect.addListener(() => resolve(chrome.runtime.lastError?.message ?? 'disconnected'));
        port.postMessage(envelopes[0]);
      });
      out.push(`port: ${String(disconnected)}`);
      return out;
    }, [negahId, ENVELOPES] as const);
    expect(answers.slice(0, ENVELOPES.length)).toEqual(ENVELOPES.map(() => 'refused: Error: Could not establish connection. Receiving end does not exist.'));
    expect(answers.at(-1)).toMatch(/^port: /);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${negahId}/popup.html`);
    expect((await dumpStore(popup)).clips).toEqual([]);
  } finally {
    await context.close();
    rmSync(other, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a 50 MB clip is refused with a clear error and nothing is stored; the background keeps answering', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  const answer = await popup.evaluate(async () => {
    // 50 MB of HTML (Latin letters: Chromium refuses any message over 64 MiB before Negah sees it).
    const html = `<p>${'a'.repeat(50 * 1024 * 1024 - 7)}</p>`;
    return (globalThis as any).chrome.runtime.sendMessage({ type: 'clip:save', payload: { page: { url: 'https://www.irna.ir/news/huge', title: 'huge', lang: 'fa', html, text: 'x' } } });
  });
  expect(answer).toEqual({ ok: false, error: "invalid clip:save: page.html: too-large: the article's HTML is 50 MB, more than the 10 MB Negah keeps" });
  expect((await dumpStore(popup)).clips).toEqual([]);
  expect(await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'ping', payload: {} }))).toMatchObject({ ok: true, value: { pong: true } });
});

test('the background checks each message’s sender and every field before acting', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  const answers = await popup.evaluate(async () => {
    const send = (m: unknown) => (globalThis as any).chrome.runtime.sendMessage(m);
    return [
      await send({ type: 'annotator:load', payload: {} }), // only a content script may ask for the annotator
      await send({ type: 'badge:set', payload: { count: 3, state: 'on' } }),
      await send({ type: 'clip:tab', payload: { tabId: 'all' } }),
      await send({ type: 'clip:status', payload: JSON.parse('{"url":"https://www.irna.ir/","__proto__":{"x":1}}') }),
      await send({ type: 'ping', payload: [] }),
      await send([{ type: 'ping', payload: {} }]),
    ];
  });
  expect(answers).toEqual([
    { ok: false, error: 'annotator:load: only a content script may send this' },
    { ok: false, error: 'badge:set: only a content script may send this' },
    { ok: false, error: expect.stringMatching(/^invalid clip:tab: tabId: /) },
    { ok: false, error: expect.stringMatching(/^invalid clip:status: __proto__: /) },
    { ok: false, error: 'invalid ping: the payload is not an object' },
    { ok: false, error: 'message is not an object' },
  ]);
});

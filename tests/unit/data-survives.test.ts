/**
 * The reading list survives what can go wrong while it is written: a hostile or
 * broken import file is refused whole and changes nothing, and a write killed
 * halfway — the service worker stopped, the browser closed — leaves each clip
 * whole or absent, never half-written. Killing is done the way the browser does
 * it: the transaction is aborted after its N-th write, for every N.
 */
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { exportAll, toJsonText } from '@/lib/export/json';
import { applyImport } from '@/lib/import/apply';
import { itemFromExport, parseNegahExport } from '@/lib/import/negah-json';
import { MAX_IMPORT_BYTES, readImport } from '@/lib/import/read-file';
import { ImportError } from '@/lib/import/report';
import { saveClip, updateClips, type ClipContent } from '@/lib/store/clips';
import { openStore, type Store } from '@/lib/store/db';
import { CLIP_STORES } from '@/lib/store/schema';
import { content } from './helpers/clips';

/** Everything in the database, store by store, in key order. */
async function dump(db: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of CLIP_STORES) out[name] = await db.getAll(name);
  return out;
}

async function seeded(): Promise<Store> {
  const db = await openStore();
  const a = await saveClip(db, content({ url: 'https://www.irna.ir/news/seed-a' }), 1_700_000_000_000);
  await saveClip(db, content({ url: 'https://www.isna.ir/news/seed-b', lang: 'fa' }), 1_700_000_100_000);
  await updateClips(db, [a.clip.id], { tags: ['برجام'], note: 'یادداشت', starred: true }, 1_700_000_200_000);
  return db;
}

/**
 * Runs `write` with the transaction aborted right after its `n`-th put, as a
 * stopped worker would leave it; returns how many puts the write made in all.
 */
async function killedAfter(n: number, write: () => Promise<unknown>): Promise<{ puts: number; failed: boolean }> {
  const realPut = FakeObjectStore.prototype.put;
  let puts = 0;
  const spy = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, value: unknown, key?: IDBValidKey) {
    const request = realPut.call(this, value, key);
    puts++;
    if (puts === n) this.transaction.abort();
    return request;
  });
  let failed = false;
  try {
    await write();
  } catch {
    failed = true;
  } finally {
    spy.mockRestore();
  }
  return { puts, failed };
}

/** Each clip in the database is whole: its article and words are there, and nothing is there without its clip. */
async function expectWholeClips(db: Store): Promise<void> {
  const clips = await db.getAll('clips');
  const ids = new Set(clips.map((c) => c.id));
  expect(new Set(await db.getAllKeys('bodies'))).toEqual(ids);
  expect(new Set(await db.getAllKeys('terms'))).toEqual(ids);
  const entityIds = new Set(await db.getAllKeys('entities'));
  for (const c of clips) for (const e of c.entityIds) expect(entityIds.has(e)).toBe(true);
}

describe('a clip written when the worker is stopped halfway', () => {
  const fresh: ClipContent = content({ url: 'https://www.irna.ir/news/killed', title: 'نیمه‌کاره' });

  it('is all there or not there at all, wherever the write is cut (a new clip)', async () => {
    const total = (await killedAfter(Number.POSITIVE_INFINITY, async () => saveClip(await openStore(), content({ url: 'https://x.ir/count' })))).puts;
    expect(total).toBeGreaterThanOrEqual(4);
    for (let n = 1; n <= total; n++) {
      globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
      const db = await seeded();
      const before = await dump(db);
      const { failed } = await killedAfter(n, () => saveClip(db, fresh));
      expect(failed).toBe(true);
      expect(await dump(db)).toEqual(before);
      await expectWholeClips(db);
    }
  });

  it('leaves the earlier copy exactly as it was when an update is cut', async () => {
    for (let n = 1; n <= 4; n++) {
      globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
      const db = await seeded();
      const before = await dump(db);
      const { failed } = await killedAfter(n, () => saveClip(db, content({ url: 'https://www.irna.ir/news/seed-a', title: 'تازه' })));
      expect(failed).toBe(true);
      expect(await dump(db)).toEqual(before);
    }
  });

  it('an import cut anywhere adds none of its clips', async () => {
    const source = await seeded();
    const file = parseNegahExport(toJsonText(await exportAll(source)));
    const items = () => file.clips.map((c, i) => itemFromExport({ ...c, id: `new-${i}`, url: `https://www.irna.ir/news/imported-${i}`, urls: [] }));
    for (let n = 1; n <= 6; n++) {
      globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
      const db = await seeded();
      const before = await dump(db);
      const { failed } = await killedAfter(n, () => applyImport(db, items(), file.entities));
      expect(failed).toBe(true);
      expect(await dump(db)).toEqual(before);
    }
  });

  it('two clips saved at once are both kept, and one page saved twice at once is one clip', async () => {
    const db = await openStore();
    const pages = Array.from({ length: 8 }, (_, i) => content({ url: `https://www.irna.ir/news/together-${i}` }));
    await Promise.all(pages.map((p) => saveClip(db, p)));
    expect(await db.count('clips')).toBe(8);
    const same = content({ url: 'https://www.irna.ir/news/twice' });
    const [a, b] = await Promise.all([saveClip(db, same), saveClip(db, { ...same, title: 'دوباره' })]);
    expect(a.clip.id).toBe(b.clip.id);
    expect([a.updated, b.updated].sort()).toEqual([false, true]);
    expect(await db.count('clips')).toBe(9);
    await expectWholeClips(db);
  });
});

describe('a hostile or broken import file', () => {
  async function validText(): Promise<string> {
    return toJsonText(await exportAll(await seeded()));
  }

  /** Tries to import `text` into a seeded list: returns the problems, and checks that nothing changed. */
  async function refused(text: string, name = 'negah.json'): Promise<string[]> {
    globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
    const db = await seeded();
    const before = await dump(db);
    let problems: string[] = [];
    try {
      const { items, entities } = await readImport({ name, size: text.length, text: async () => text });
      await applyImport(db, items, entities);
    } catch (err) {
      expect(err).toBeInstanceOf(ImportError);
      problems = (err as ImportError).problems;
    }
    expect(await dump(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    return problems;
  }

  const withKey = (text: string, where: RegExp, key: string) => text.replace(where, (m) => `${m}"${key}": {"polluted": true}, `);

  it.each([
    ['at the top', /^\{/],
    ['in a clip', /"clips": \[\n  \{/],
    ['in a clip’s entity count', /\{(?=\s*"id": "person:abbas-araghchi",\s*"count")/],
    ['in an entity’s names', /"name": \{/],
  ])('refuses a __proto__ key %s, naming it, and pollutes nothing', async (_where, at) => {
    const text = withKey(await validText(), at, '__proto__');
    expect(text).toContain('"__proto__"');
    const problems = await refused(text);
    expect(problems.join('\n')).toMatch(/__proto__: a field a Negah export does not have/);
  });

  it.each(['constructor', 'prototype', 'hasOwnProperty', 'toString'])('refuses a %s key', async (key) => {
    const problems = await refused(withKey(await validText(), /"clips": \[\n  \{/, key));
    expect(problems.join('\n')).toMatch(new RegExp(`${key}: a field a Negah export does not have`));
  });

  it('refuses a file cut short anywhere, saying it is not valid JSON', async () => {
    const text = await validText();
    for (const cut of [1, 10, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 3]) {
      const problems = await refused(text.slice(0, cut));
      expect(problems[0]).toMatch(/^this file is not valid JSON: |^this is not a Negah export|^line \d+|^the file/);
    }
  });

  it.each([
    ['version 0', (f: any) => (f.version = 0), /^version: /],
    ['version "1" as text', (f: any) => (f.version = '1'), /^version: /],
    ['a fractional version', (f: any) => (f.version = 1.5), /newer Negah|^version: /],
    ['a negative version', (f: any) => (f.version = -1), /^version: /],
    ['no format', (f: any) => delete f.format, /"format" should be "negah-reading-list"/],
    ['clips that are not a list', (f: any) => (f.clips = { 0: f.clips[0] }), /^clips: /],
    ['a clip that is a string', (f: any) => (f.clips[0] = '<script>alert(1)</script>'), /^clip 1: /],
    ['an id used twice', (f: any) => (f.clips[1].id = f.clips[0].id), /the same id as clip 1/],
    ['a title of 100,000 characters', (f: any) => (f.clips[0].title = 'x'.repeat(100_000)), /title: longer than 2000/],
    ['an article over 10 MB', (f: any) => (f.clips[0].html = 'x'.repeat(10 * 1024 * 1024 + 1)), /html: longer than/],
    ['a tag list of 5,000 tags', (f: any) => (f.clips[0].tags = Array.from({ length: 5000 }, (_, i) => `t${i}`)), /tags: /],
    ['a count that is not a number', (f: any) => (f.clips[0].entities[0].count = '1e309'), /entities\.0\.count: /],
  ])('refuses %s with a clear error', async (_what, damage, message) => {
    const file = JSON.parse(await validText());
    damage(file);
    const problems = await refused(JSON.stringify(file));
    expect(problems.some((p) => message.test(p))).toBe(true);
  });

  it('refuses a number too large to be one (1e309 reads as Infinity)', async () => {
    const text = (await validText()).replace(/"score": [\d.]+/, '"score": 1e309');
    expect((await refused(text)).join('\n')).toMatch(/score: /);
  });

  it('refuses a value nested 100,000 levels deep without running out of stack', async () => {
    const text = (await validText()).replace(/"note": "[^"]*"/, `"note": ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const problems = await refused(text);
    expect(problems[0]).toMatch(/note: |not valid JSON/);
  });

  it('refuses a file too large to read before reading it', async () => {
    const text = vi.fn(async () => '{}');
    await expect(readImport({ name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text })).rejects.toThrow(/larger than the 500 MB Negah can read at once/);
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses an empty file, and a CSV that is not a Pocket export', async () => {
    expect(await refused('', 'empty.json')).toEqual(['the file is empty']);
    expect((await refused('a,b\n1,2\n', 'x.csv'))[0]).toMatch(/not a Pocket export/);
  });
});

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportAll, toJsonText } from '@/lib/export/json';
import { applyImport } from '@/lib/import/apply';
import { itemFromExport, parseNegahExport } from '@/lib/import/negah-json';
import { saveClip, updateClips } from '@/lib/store/clips';
import { openStore, type Store } from '@/lib/store/db';
import type { DateAnnotation } from '@/lib/types';
import { searchKey } from '@/lib/store/search-key';
import { content } from './helpers/clips';

const DATE: DateAnnotation = { start: 0, end: 11, text: '۱۲ آذر ۱۴۰۳', calendar: 'jalali', gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-06-01', weekdayCheck: 'ok', weekdayStated: 1 };

async function filled(): Promise<Store> {
  const db = await openStore();
  const a = (await saveClip(db, content({ published: { gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-06-01' }, author: 'گروه سیاسی', body: { html: '<p>۱۲ آذر ۱۴۰۳</p>', text: '۱۲ آذر ۱۴۰۳', dates: [DATE] } }), 1_700_000_000_123)).clip;
  await saveClip(db, content({ url: 'https://www.spa.gov.sa/N1?lang=ar', lang: 'ar', title: 'بيان' }), 1_700_000_100_000);
  await updateClips(db, [a.id], { tags: ['برجام', 'وین'], note: 'یادداشت\nدو خط', starred: true, read: true }, 1_700_000_200_456);
  return db;
}

async function importInto(db: Store, text: string) {
  const file = parseNegahExport(text);
  return applyImport(db, file.clips.map(itemFromExport), file.entities);
}

describe('Negah JSON export and import', () => {
  it('round-trips exactly through an empty browser', async () => {
    const first = toJsonText(await exportAll(await filled(), 0));
    globalThis.indexedDB = new IDBFactory(); // another browser
    const fresh = await openStore();
    expect(await importInto(fresh, first)).toEqual({ total: 2, added: 2, updated: 0, unchanged: 0, keptNewer: 0 });
    const second = toJsonText(await exportAll(fresh, 0));
    expect(second).toBe(first);
    const parsed = JSON.parse(second);
    expect(parsed).toMatchObject({ format: 'negah-reading-list', version: 1 });
    expect(parsed.clips[0]).toMatchObject({ tags: ['برجام', 'وین'], note: 'یادداشت\nدو خط', starred: true, read: true, savedAt: '2023-11-14T22:13:20.123Z', dates: [DATE] });
  });

  it('re-imported into the same list changes nothing', async () => {
    const db = await filled();
    const text = toJsonText(await exportAll(db));
    expect(await importInto(db, text)).toEqual({ total: 2, added: 0, updated: 0, unchanged: 2, keptNewer: 0 });
    expect(await db.count('clips')).toBe(2);
  });

  it('merges by URL: a newer clip in the file updates, an older one leaves the reader’s newer clip', async () => {
    const db = await filled();
    const file = JSON.parse(toJsonText(await exportAll(db)));
    file.clips[0].note = 'تازه‌تر';
    file.clips[0].updatedAt = '2030-01-01T00:00:00.000Z';
    file.clips[1].title = 'کهنه';
    file.clips[1].updatedAt = '2000-01-01T00:00:00.000Z';
    file.clips[1].id = 'another-id-same-url';
    expect(await importInto(db, JSON.stringify(file))).toEqual({ total: 2, added: 0, updated: 1, unchanged: 0, keptNewer: 1 });
    const clips = await db.getAll('clips');
    expect(clips.map((c) => c.note)).toContain('تازه‌تر');
    expect(clips.map((c) => c.title)).not.toContain('کهنه');
    expect(clips).toHaveLength(2);
  });

  it('finds a merged clip by its imported words and entity names', async () => {
    const text = toJsonText(await exportAll(await filled()));
    globalThis.indexedDB = new IDBFactory();
    const fresh = await openStore();
    await importInto(fresh, text);
    expect(await fresh.getAllKeysFromIndex('terms', 'terms', searchKey('آذر'))).toHaveLength(1);
    expect((await fresh.get('entities', 'person:abbas-araghchi'))?.name.en).toBe('Abbas Araghchi');
    expect((await fresh.getAll('clips')).every((c) => c.key.length > 0)).toBe(true);
  });
});

describe('Negah JSON import errors: the file is refused whole, nothing written', () => {
  async function valid() {
    return JSON.parse(toJsonText(await exportAll(await filled())));
  }
  const refused = async (text: string) => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openStore();
    let problems: string[] = [];
    try {
      await importInto(db, text);
    } catch (err) {
      problems = (err as { problems: string[] }).problems;
    }
    expect(await db.count('clips')).toBe(0);
    return problems;
  };

  it.each([
    ['not JSON', '{"format": ', /^this file is not valid JSON: /],
    ['not an object', '[1, 2]', /^this is not a Negah export: it is not a JSON object$/],
    ['another format', '{"format": "pocket"}', /"format" should be "negah-reading-list"/],
    ['a newer version', '{"format": "negah-reading-list", "version": 2}', /made by a newer Negah \(format version 2\)/],
  ])('%s', async (_what, text, message) => {
    expect((await refused(text))[0]).toMatch(message);
  });

  it.each([
    ['a missing field', (f: any) => delete f.clips[0].title, /^clip 1 \(https:\/\/www\.irna\.ir\/news\/\d+\): title: /],
    ['a wrong type', (f: any) => (f.clips[1].read = 'yes'), /^clip 2 \(.*\): read: /],
    ['an unknown field', (f: any) => (f.clips[0].evil = 1), /^clip 1 .*evil/],
    ['a script address', (f: any) => (f.clips[0].url = 'javascript:alert(1)'), /url: not a web address/],
    ['a bad time', (f: any) => (f.clips[0].savedAt = 'yesterday'), /savedAt: not an ISO date-time/],
    ['a score out of range', (f: any) => (f.clips[0].score = 7), /score: /],
    ['a date that does not exist', (f: any) => (f.clips[0].published.gregorian = '2023-02-30'), /published\.gregorian: not a real day/],
    ['a badly formed date', (f: any) => (f.clips[0].dates[0].gregorian = 'Dec 2'), /dates\.0\.gregorian: not a YYYY-MM-DD date/],
    ['a duplicate address', (f: any) => (f.clips[1].url = f.clips[0].url), /^clip 2 .*the same address as clip 1/],
    ['a duplicate id', (f: any) => (f.clips[1].id = f.clips[0].id), /^clip 2 .*the same id as clip 1/],
    ['an unknown entity type', (f: any) => (f.entities[0].type = 'alien'), /^entities\.0\.type: /],
    ['a missing top-level list', (f: any) => delete f.entities, /^entities: /],
  ])('%s', async (_what, damage, message) => {
    const file = await valid();
    damage(file);
    const problems = await refused(JSON.stringify(file));
    expect(problems.some((p) => message.test(p))).toBe(true);
  });

  it('lists every problem, up to a limit', async () => {
    const file = await valid();
    file.clips = Array.from({ length: 30 }, (_, i) => ({ ...file.clips[0], id: `c${i}`, url: `https://x.ir/${i}`, savedAt: 'bad' }));
    const problems = await refused(JSON.stringify(file));
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('… and 10 more problems');
  });

  it('writes nothing when the disk fills up halfway through', async () => {
    const text = toJsonText(await exportAll(await filled()));
    globalThis.indexedDB = new IDBFactory();
    const db = await openStore();
    const file = parseNegahExport(text);
    const items = file.clips.map(itemFromExport);
    // The second clip's article cannot be written.
    Object.defineProperty(items[1]!.body, 'html', { get() { throw new DOMException('quota', 'QuotaExceededError'); }, enumerable: true });
    await expect(applyImport(db, items, file.entities)).rejects.toMatchObject({ name: 'StorageFullError' });
    expect(await db.count('clips')).toBe(0);
    expect(await db.count('entities')).toBe(0);
  });
});

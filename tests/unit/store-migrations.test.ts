import { describe, expect, it } from 'vitest';
import { openStore } from '@/lib/store/db';
import { findByUrl } from '@/lib/store/clips';
import { DB_VERSION } from '@/lib/store/schema';
import { UPGRADES, runUpgrades } from '@/lib/store/migrations';

/** A clip exactly as version 1 stored it (no `urls`). */
function v1Clip(id: string, url: string) {
  return {
    id, url, title: `title ${id}`, site: 'ایرنا', lang: 'fa', score: 0.5, excerpt: 'e', hasBody: true,
    entities: [{ id: 'country:IR', count: 1 }], entityIds: ['country:IR'], tags: ['برجام'], note: 'یادداشت',
    read: true, starred: false, savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, key: 'title',
    published: { gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-06-01' },
  };
}

/** Builds a version 1 database with the version 1 upgrade code and fills it like a v1 user's. */
async function v1Fixture(name: string): Promise<void> {
  const db = await openStore(name, 1);
  expect(db.version).toBe(1);
  const tx = db.transaction(['clips', 'bodies', 'terms', 'entities'], 'readwrite');
  const raw = (store: 'clips' | 'bodies' | 'terms' | 'entities') => tx.objectStore(store) as unknown as { put(v: unknown): Promise<unknown> };
  await raw('clips').put(v1Clip('a', 'https://www.irna.ir/news/1'));
  await raw('clips').put(v1Clip('b', 'https://www.isna.ir/news/2'));
  await raw('bodies').put({ id: 'a', html: '<p>متن</p>', text: 'متن', dates: [] });
  await raw('terms').put({ id: 'a', terms: ['متن'] });
  await raw('entities').put({ id: 'country:IR', type: 'country', name: { en: 'Iran', fa: 'ایران', ar: 'إيران' } });
  await tx.done;
  db.close();
}

describe('reading-list migrations', () => {
  it('has one upgrade step per version', () => {
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  it('upgrades a version 1 database to version 2 without losing anything', async () => {
    await v1Fixture('negah-v1');
    const db = await openStore('negah-v1');
    expect(db.version).toBe(2);
    expect(db.objectStoreNames.contains('clips')).toBe(true);
    const a = await db.get('clips', 'a');
    expect(a).toEqual({ ...v1Clip('a', 'https://www.irna.ir/news/1'), urls: ['https://www.irna.ir/news/1'] });
    expect((await db.get('clips', 'b'))?.urls).toEqual(['https://www.isna.ir/news/2']);
    expect(await db.get('bodies', 'a')).toEqual({ id: 'a', html: '<p>متن</p>', text: 'متن', dates: [] });
    expect(await db.getAllKeysFromIndex('terms', 'terms', 'متن')).toEqual(['a']);
    expect(await db.get('entities', 'country:IR')).toBeDefined();
    // The new index answers for migrated clips.
    expect((await findByUrl(db, 'https://www.isna.ir/news/2'))?.id).toBe('b');
    expect(await db.getAllKeysFromIndex('clips', 'tags', 'برجام')).toEqual(['a', 'b']);
    db.close();
  });

  it('creates a fresh database at the current version', async () => {
    const db = await openStore('negah-fresh');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bodies', 'clips', 'entities', 'terms']);
    expect([...db.transaction('clips').store.indexNames].sort()).toEqual(['entityIds', 'published', 'savedAt', 'site', 'tags', 'url', 'urls']);
    db.close();
  });

  it('refuses to jump to a version it has no migration for', async () => {
    await expect(runUpgrades({} as never, DB_VERSION, DB_VERSION + 1, {} as never)).rejects.toThrow(`no migration to version ${DB_VERSION + 1}`);
  });
});

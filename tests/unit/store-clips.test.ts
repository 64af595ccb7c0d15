import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { deleteClips, findByUrl, getBody, getClip, normaliseTags, restoreClips, saveClip, updateClips } from '@/lib/store/clips';
import { openStore } from '@/lib/store/db';
import { StorageFullError, explainWriteError } from '@/lib/store/errors';
import { content } from './helpers/clips';

describe('saving clips', () => {
  it('files a new clip with its article, words and entity names', async () => {
    const db = await openStore();
    const { clip, updated } = await saveClip(db, content({ url: 'https://www.irna.ir/news/1' }), 1000);
    expect(updated).toBe(false);
    expect(clip).toMatchObject({ url: 'https://www.irna.ir/news/1', tags: [], note: '', read: false, starred: false, savedAt: 1000, entityIds: ['person:abbas-araghchi', 'country:IR'] });
    expect((await getBody(db, clip.id))?.text).toContain('عراقچی');
    expect(await db.getAllKeysFromIndex('terms', 'terms', 'عراقچی')).toEqual([clip.id]);
    expect((await db.get('entities', 'person:abbas-araghchi'))?.name.en).toBe('Abbas Araghchi');
  });

  it('updates a page saved before, keeping the reader’s tags, note, read and star', async () => {
    const db = await openStore();
    const first = await saveClip(db, content({ url: 'https://www.irna.ir/news/2' }), 1000);
    await updateClips(db, [first.clip.id], { tags: ['هسته‌ای'], note: 'مهم', starred: true, read: true }, 1500);
    const again = await saveClip(db, content({ url: 'https://www.irna.ir/news/2', title: 'عنوان تازه' }), 2000);
    expect(again.updated).toBe(true);
    expect(again.clip).toMatchObject({ id: first.clip.id, title: 'عنوان تازه', tags: ['هسته‌ای'], note: 'مهم', starred: true, read: true, savedAt: 1000, updatedAt: 2000 });
    expect(await db.count('clips')).toBe(1);
  });

  it('recognises a page saved from another address of the same article', async () => {
    const db = await openStore();
    const first = await saveClip(db, content({ url: 'https://www.isna.ir/news/9', urls: ['https://m.isna.ir/news/9'] }));
    expect((await findByUrl(db, 'https://m.isna.ir/news/9'))?.id).toBe(first.clip.id);
    const again = await saveClip(db, content({ url: 'https://www.isna.ir/news/9', urls: ['https://www.isna.ir/amp/9'] }));
    expect(again.updated).toBe(true);
    expect(again.clip.urls.sort()).toEqual(['https://m.isna.ir/news/9', 'https://www.isna.ir/amp/9', 'https://www.isna.ir/news/9']);
  });

  it('writes nothing at all when the disk is full, and says so', async () => {
    const db = await openStore();
    const realPut = FakeObjectStore.prototype.put;
    const failing = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, value: unknown, key?: IDBValidKey) {
      if (this.name === 'bodies') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.call(this, value, key);
    });
    await expect(saveClip(db, content({ url: 'https://www.irna.ir/news/3' }))).rejects.toBeInstanceOf(StorageFullError);
    failing.mockRestore();
    expect(await db.count('clips')).toBe(0);
    expect(await db.count('terms')).toBe(0);
    expect(await db.count('entities')).toBe(0);
  });

  it('explains a full disk even when the browser hides it (Firefox)', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    const usage = (used: number) => Object.defineProperty(globalThis, 'navigator', { configurable: true, value: { storage: { estimate: async () => ({ usage: used, quota: 100 }) } } });
    try {
      usage(99);
      expect(await explainWriteError(new Error(''))).toBeInstanceOf(StorageFullError);
      usage(10);
      expect(await explainWriteError(new Error(''))).not.toBeInstanceOf(StorageFullError);
      expect(await explainWriteError(new Error('boom'))).not.toBeInstanceOf(StorageFullError);
    } finally {
      if (original) Object.defineProperty(globalThis, 'navigator', original);
    }
    expect((await explainWriteError(new DOMException('x', 'QuotaExceededError'))).message).toMatch(/^storage-full: /);
  });
});

describe('editing, deleting and undoing', () => {
  it('edits tags without duplicates and updates what search sees', async () => {
    const db = await openStore();
    const { clip } = await saveClip(db, content());
    const [edited] = await updateClips(db, [clip.id], { tags: [' برجام ', 'برجام', '', 'JCPOA'] });
    expect(edited?.tags).toEqual(['برجام', 'JCPOA']);
    expect(edited?.key).toContain('jcpoa');
    expect(await db.getAllKeysFromIndex('clips', 'tags', 'JCPOA')).toEqual([clip.id]);
  });

  it('normalises tags folded: the same tag typed with ي or ZWNJ is one tag', () => {
    expect(normaliseTags(['سیاست خارجی', 'سياست  خارجي', 'هسته‌ای', 'هستهای'])).toEqual(['سیاست خارجی', 'هسته‌ای']);
  });

  it('deletes clips completely and puts them back exactly on undo', async () => {
    const db = await openStore();
    const a = (await saveClip(db, content())).clip;
    const b = (await saveClip(db, content())).clip;
    const removed = await deleteClips(db, [a.id, b.id]);
    expect(removed).toHaveLength(2);
    expect(await db.count('clips')).toBe(0);
    expect(await db.count('bodies')).toBe(0);
    expect(await db.count('terms')).toBe(0);
    expect(await restoreClips(db, removed)).toBe(2);
    expect(await getClip(db, a.id)).toEqual(a);
    expect((await getBody(db, b.id))?.text).toContain('عراقچی');
    expect(await db.getAllKeysFromIndex('terms', 'terms', 'عراقچی')).toHaveLength(2);
  });

  it('does not restore an old copy over a page saved again since', async () => {
    const db = await openStore();
    const a = (await saveClip(db, content({ url: 'https://www.irna.ir/news/77' }))).clip;
    const removed = await deleteClips(db, [a.id]);
    const again = (await saveClip(db, content({ url: 'https://www.irna.ir/news/77' }))).clip;
    expect(await restoreClips(db, removed)).toBe(0);
    expect((await findByUrl(db, 'https://www.irna.ir/news/77'))?.id).toBe(again.id);
  });
});

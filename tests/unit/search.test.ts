import { beforeEach, describe, expect, it } from 'vitest';
import { saveClip, updateClips } from '@/lib/store/clips';
import { openStore } from '@/lib/store/db';
import { bodyWordHits, firstPage, loadCatalog } from '@/lib/store/list';
import { ClipSearch, filterOptions, runQuery, type ListFilters } from '@/lib/store/query';
import { queryWords, searchKey, termsOf } from '@/lib/store/search-key';
import { content } from './helpers/clips';

async function fixture() {
  const db = await openStore();
  const a = (await saveClip(db, content({ title: 'سخنگوی وزارت امور خارجه: مذاکرات وین ادامه می‌یابد', site: 'ایرنا', published: { gregorian: '2024-12-02', jalali: '1403-09-12' } }), 1000)).clip;
  const b = (await saveClip(db, content({
    title: 'وزير الخارجية السعودي يستقبل نظيره', site: 'واس', lang: 'ar', entities: [{ id: 'country:SA', count: 3 }],
    entityRecords: [{ id: 'country:SA', type: 'country', name: { en: 'Saudi Arabia', fa: 'عربستان سعودی', ar: 'السعودية' } }],
    body: { html: '', text: 'وأكد الجانبان على أهمية الاتفاق', dates: [] }, terms: termsOf('وأكد الجانبان على أهمية الاتفاق'),
  }), 2000)).clip;
  const c = (await saveClip(db, content({ title: 'Statement on the JCPOA', site: 'Reuters', lang: 'other', entities: [], entityRecords: [], body: { html: '', text: 'x', dates: [] }, terms: [] }), 3000)).clip;
  await updateClips(db, [c.id], { tags: ['برجام'], read: true });
  return { db, a, b, c };
}

let db: Awaited<ReturnType<typeof fixture>>['db'];
beforeEach(async () => {
  ({ db } = await fixture()); // a fresh IndexedDB for every test (setup.ts)
});

async function search(query: string, filters: ListFilters = {}, order: 'saved' | 'published' = 'saved') {
  const catalog = await loadCatalog(db);
  const words = queryWords(query);
  const bodyHits = await bodyWordHits(db, words);
  return runQuery(catalog, new ClipSearch(catalog.clips, catalog.entities.values()), { words, filters, order, bodyHits }).map((c) => c.title);
}

describe('search', () => {
  it('ignores ZWNJ, Arabic ي/ك and diacritics, as folded everywhere', () => {
    expect(searchKey('می‌یابد')).toBe(searchKey('مییابد'));
    expect(searchKey('كتاب عربي')).toBe(searchKey('کتاب عربی'));
    expect(searchKey('مُذاكَرات')).toBe(searchKey('مذاکرات'));
    expect(searchKey('Café ÉLYSÉE')).toBe('cafe elysee');
  });

  it('finds a Persian title typed without its ZWNJ', async () => {
    expect(await search('ادامه مییابد')).toEqual(['سخنگوی وزارت امور خارجه: مذاکرات وین ادامه می‌یابد']);
  });

  it('finds a clip by an entity’s name in another language', async () => {
    expect(await search('Araghchi')).toEqual(['سخنگوی وزارت امور خارجه: مذاکرات وین ادامه می‌یابد']);
    expect(await search('araghc')).toHaveLength(1); // half-typed
    expect(await search('Saudi')).toEqual(['وزير الخارجية السعودي يستقبل نظيره']);
    expect(await search('عربستان')).toEqual(['وزير الخارجية السعودي يستقبل نظيره']);
  });

  it('finds whole words of the article, with or without «ال»', async () => {
    expect(await search('اهمیه')).toEqual(['وزير الخارجية السعودي يستقبل نظيره']);
    expect(await search('اتفاق')).toEqual(['وزير الخارجية السعودي يستقبل نظيره']);
  });

  it('needs every word, and finds tags', async () => {
    expect(await search('برجام')).toEqual(['Statement on the JCPOA']);
    expect(await search('jcpoa araghchi')).toEqual([]);
  });

  it('filters by site, tag, entity, country, read state and date range', async () => {
    expect(await search('', { site: 'واس' })).toEqual(['وزير الخارجية السعودي يستقبل نظيره']);
    expect(await search('', { tag: 'برجام' })).toEqual(['Statement on the JCPOA']);
    expect(await search('', { entity: 'person:abbas-araghchi' })).toHaveLength(1);
    expect(await search('', { country: 'country:SA' })).toHaveLength(1);
    expect(await search('', { show: 'unread' })).toHaveLength(2);
    expect(await search('', { from: '2024-12-01', to: '2024-12-03' })).toEqual(['سخنگوی وزارت امور خارجه: مذاکرات وین ادامه می‌یابد']);
  });

  it('lists newest saved first, or by publication date with unknown dates last', async () => {
    expect(await search('')).toEqual(['Statement on the JCPOA', 'وزير الخارجية السعودي يستقبل نظيره', 'سخنگوی وزارت امور خارجه: مذاکرات وین ادامه می‌یابد']);
    expect((await search('', {}, 'published'))[0]).toBe('سخنگوی وزارت امور خارجه: مذاکرات وین ادامه می‌یابد');
  });

  it('reads the first page from the index in either order', async () => {
    const saved = await firstPage(db, 'saved', 2);
    expect(saved.clips.map((c) => c.site)).toEqual(['Reuters', 'واس']);
    const published = await firstPage(db, 'published', 3);
    expect(published.clips.map((c) => c.site)).toEqual(['ایرنا', 'Reuters', 'واس']);
  });

  it('offers only filter values that some clip has, most used first', async () => {
    const options = filterOptions(await loadCatalog(db));
    expect(options.countries.map((c) => c.id).sort()).toEqual(['country:IR', 'country:SA']);
    expect(options.entities.map((e) => e.id)).toEqual(['person:abbas-araghchi']);
    expect(options.sites.sort()).toEqual(['Reuters', 'ایرنا', 'واس'].sort());
    expect(options.tags).toEqual(['برجام']);
  });

  it('narrows as a word is typed, and gives the same answers as a fresh search', async () => {
    const catalog = await loadCatalog(db);
    const typing = new ClipSearch(catalog.clips, catalog.entities.values());
    for (const prefix of ['مذ', 'مذا', 'مذاکر', 'مذاکرات', 'ar', 'ara', 'araghchi', 'سعود']) {
      const fresh = new ClipSearch(catalog.clips, catalog.entities.values());
      expect(typing.matching(prefix).map((c) => c.id)).toEqual(fresh.matching(prefix).map((c) => c.id));
    }
    expect(typing.matching('مذاکرات')).toHaveLength(1);
  });

  it('drops one-letter words from a query and repeats', () => {
    expect(queryWords('و  Iran iran ؟')).toEqual(['iran']);
  });

  it('indexes an article’s distinct words up to a limit', () => {
    const many = Array.from({ length: 50 }, (_, i) => `واژه${i}`).join(' ');
    expect(termsOf(many, 10)).toHaveLength(10);
    expect(termsOf('الاتفاق النووي')).toEqual(['الاتفاق', 'اتفاق', 'النووی', 'نووی']);
  });
});

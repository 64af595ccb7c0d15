import { describe, expect, it } from 'vitest';
import { buildClip, countEntities } from '@/lib/clip/build';
import type { ExtractedPage } from '@/lib/messages';
import { FakeMatcher } from './helpers/matcher';

const TEXT = 'سخنگوی وزارت امور خارجه جمهوری اسلامی ایران گفت مذاکرات با حضور عباس عراقچی ادامه می‌یابد.\nعباس عراقچی پیش از این به عمان سفر کرده بود و دیپلماسی ایران را تشریح کرد.';

function page(over: Partial<ExtractedPage> = {}): ExtractedPage {
  return { url: 'https://www.irna.ir/amp/85123?utm_source=tg', canonicalUrl: 'https://www.irna.ir/news/85123', title: 'مذاکرات ادامه می‌یابد', lang: 'fa', html: '<p>x</p>', text: TEXT, published: '2024-12-02T09:30:00+03:30', ...over };
}

describe('building a clip from a page', () => {
  it('files it under the canonical address and remembers the address bar’s', () => {
    const clip = buildClip(page());
    expect(clip.url).toBe('https://www.irna.ir/news/85123');
    expect(clip.urls).toEqual(['https://www.irna.ir/amp/85123']);
  });

  it('gives the publication date in three calendars', () => {
    expect(buildClip(page()).published).toEqual({ gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-06-01' });
    expect(buildClip(page({ published: undefined })).published).toBeUndefined();
  });

  it('counts the entities it mentions, most mentioned first, with their names', () => {
    const clip = buildClip(page(), { matcher: new FakeMatcher() });
    expect(clip.entities).toEqual([{ id: 'country:IR', count: 2 }, { id: 'person:abbas-araghchi', count: 2 }, { id: 'country:OM', count: 1 }]);
    expect(clip.entityRecords.find((e) => e.id === 'person:abbas-araghchi')?.name.en).toBe('Abbas Araghchi');
  });

  it('keeps language, score, excerpt, site and the article’s words', () => {
    const clip = buildClip(page({ site: undefined }));
    expect(clip.lang).toBe('fa');
    expect(clip.score).toBeGreaterThanOrEqual(0);
    expect(clip.site).toBe('irna.ir');
    expect(clip.excerpt.startsWith('سخنگوی وزارت امور خارجه')).toBe(true);
    expect(clip.terms).toContain('مییابد');
    expect(clip.body.text).toBe(TEXT);
    expect(clip.hasBody).toBe(true);
  });

  it('counts nothing for no entities', () => {
    expect(countEntities([])).toEqual({ entities: [], records: [] });
  });
});

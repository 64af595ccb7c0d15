/** The tooltip model: what a reader learns about an entity, as of the article's date. */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '@/lib/entities/gazetteer';
import { entityView } from '@/lib/entities/view-model';
import { fixtureGazetteer } from './fixture';

const g = new Gazetteer(fixtureGazetteer());
const TODAY = '2026-11-20';

describe('a person on the article date', () => {
  it('shows Kanaani as spokesperson in a September 2022 article, in Persian with Jalali dates', () => {
    const v = entityView(g, 'person:nasser-kanaani', { uiLang: 'fa', published: '2022-09-19', today: TODAY })!;
    expect(v.names.map((n) => n.text)).toEqual(['ناصر کنعانی', 'ناصر كنعاني', 'Nasser Kanaani']);
    expect(v.onDate).toEqual({
      date: '۲۸ شهریور ۱۴۰۱',
      roles: [{ title: { text: 'سخنگوی وزارت امور خارجه ایران', lang: 'fa' }, start: '۶ تیر ۱۴۰۱', end: 'مرداد–شهریور ۱۴۰۳', ongoing: false, acting: false, approximate: false }],
    });
    expect(v.current).toEqual([]);
    expect(v.former.map((r) => r.title.text)).toEqual(['رئیس دفتر حفاظت منافع ایران در قاهره']);
    expect(v.country).toEqual({ text: 'ایران', lang: 'fa' });
  });

  it('shows both spokespeople around the August 2024 handover, marked approximate, with the uncertainty note', () => {
    const v = entityView(g, 'person:esmaeil-baghaei', { uiLang: 'en', published: '2024-08-20', today: TODAY })!;
    expect(v.onDate!.roles).toEqual([{ title: { text: 'Foreign Ministry Spokesperson of Iran', lang: 'en' }, start: 'August 2024', end: undefined, ongoing: true, acting: false, approximate: true }]);
    expect(v.uncertain).toEqual(['handover day in August 2024 not verified']);
    const k = entityView(g, 'person:nasser-kanaani', { uiLang: 'en', published: '2024-08-20', today: TODAY })!;
    expect(k.onDate!.roles.map((r) => r.approximate)).toEqual([true]);
  });

  it('shows the office of the article date and the current one when they differ (Araghchi in 2015 and now)', () => {
    const v = entityView(g, 'person:abbas-araghchi', { uiLang: 'en', published: '2015-07-14', today: TODAY })!;
    expect(v.onDate!.roles.map((r) => r.title.text)).toEqual(['Deputy Foreign Minister of Iran']);
    expect(v.current.map((r) => `${r.title.text}, since ${r.start}`)).toEqual(['Foreign Minister of Iran, since 21 August 2024']);
  });

  it('says honestly when no office is on record for the date', () => {
    const v = entityView(g, 'person:abbas-araghchi', { uiLang: 'en', published: '2023-01-01', today: TODAY })!;
    expect(v.onDate).toEqual({ date: '1 January 2023', roles: [] });
  });

  it('gives the full title of an office whose curated title omits the country', () => {
    const v = entityView(g, 'person:hakan-fidan', { uiLang: 'fa', published: '2024-12-02', today: TODAY })!;
    expect(v.onDate!.roles[0]!.title.text).toBe('وزیر امور خارجه ترکیه');
  });
});

describe('other entities', () => {
  it('gives a term its gloss in the interface language', () => {
    const v = entityView(g, 'term:sanctions', { uiLang: 'fa', today: TODAY })!;
    expect(v.type).toBe('term');
    expect(v.gloss).toEqual({ text: 'مجازات‌های اقتصادی یا سیاسی', lang: 'fa' });
    expect(v.onDate).toBeUndefined();
  });

  it('falls back to English when a Persian description is missing, and says it is English', () => {
    const v = entityView(g, 'org:un', { uiLang: 'fa', today: TODAY })!;
    expect(v.description).toBeUndefined();
    expect(v.wikidata).toBe('https://www.wikidata.org/wiki/Q1065');
    const abbas = entityView(g, 'person:abbas-araghchi', { uiLang: 'fa', today: TODAY })!;
    expect(abbas.description).toEqual({ text: 'دیپلمات ایرانی', lang: 'fa' });
  });

  it('describes a generated country from CLDR', () => {
    const v = entityView(g, 'country:TJ', { uiLang: 'en', today: TODAY })!;
    expect(v.names.map((n) => n.text)).toEqual(['Tajikistan', 'تاجیکستان', 'طاجيكستان']);
    expect(v.description).toEqual({ text: 'UN member state', lang: 'en' });
  });

  it('knows nothing of an unknown id', () => {
    expect(entityView(g, 'person:nobody', { uiLang: 'en' })).toBeUndefined();
  });
});

describe('names that only look different in the data', () => {
  it('shows one of two spellings that differ only in a mid-word ی/ي', async () => {
    const { Gazetteer: G } = await import('@/lib/entities/gazetteer');
    const data = (await import('./fixture')).fixtureGazetteer();
    const g2 = new G(data);
    const anyPerson = g2.entries.findIndex((e) => e.t === 'person');
    const entry = g2.entries[anyPerson]! as { n: [string, string, string] };
    entry.n = ['Adel al-Jubeir', 'عادل الجبیر', 'عادل الجبير'];
    const v = entityView(g2, g2.entries[anyPerson]!.i, { uiLang: 'en', today: '2026-11-20' })!;
    expect(v.names.map((n) => n.text)).toEqual(['Adel al-Jubeir', 'عادل الجبیر']);
  });
});

/** The gazetteer build: the curated sources validate, the validator catches each kind of mistake, the output is compact. */
import { describe, expect, it } from 'vitest';
import type { EntrySource } from '@/lib/entities/gazetteer-source';
import { validateGazetteer } from '@/lib/entities/validate-gazetteer';
import { aliasKeys, foldAlias } from '@/lib/entities/alias-variants';
import { readGazetteerSources } from '@/scripts/gazetteer-files';
import { buildGazetteer } from '@/scripts/gazetteer/build';
import { UN_MEMBERS } from '@/scripts/gazetteer/states';
import { fixtureGazetteer } from './fixture';

const codes = new Set(['IR', 'SY', 'US']);
const person = (over: Partial<EntrySource> = {}): EntrySource => ({
  id: 'person:x', type: 'person', name: { en: 'X', fa: 'ایکس', ar: 'إكس' }, ...over,
});
const problems = (entries: unknown[], countries = {}) =>
  validateGazetteer({ entries: [{ file: 'people.json', entries }], countries, countryCodes: codes });

describe('validating the curated sources', () => {
  it('passes on the real data/gazetteer', () => {
    expect(validateGazetteer(readGazetteerSources())).toEqual([]);
  });

  it.each([
    ['a duplicate id', [person(), person()], /duplicate id person:x/],
    ['a dangling reference', [person({ roles: [{ office: 'secretary-general', of: 'org:nowhere', start: '2020' }] })], /of org:nowhere does not exist/],
    ['role dates out of order', [person({ roles: [{ office: 'foreign-minister', of: 'IR', start: '2021-08', end: '2020' }] })], /ends 2020 before it starts 2021-08/],
    ['a malformed date', [person({ roles: [{ office: 'foreign-minister', of: 'IR', start: '2021-13' }] })], /bad start 2021-13/],
    ['Arabic letters in Persian', [person({ name: { en: 'X', fa: 'كنعاني', ar: 'كنعاني' } })], /Persian text with Arabic/],
    ['Persian letters in Arabic', [person({ name: { en: 'X', fa: 'پزشکیان', ar: 'پزشکیان' } })], /Arabic text with Persian letters/],
    ['a bad Wikidata id', [person({ qid: 'Q-12' })], /bad qid Q-12/],
    ['an unknown country', [person({ country: 'XX' })], /unknown country XX/],
    ['a term without a gloss', [{ id: 'term:x', type: 'term', name: { en: 'X', fa: 'ایکس', ar: 'إكس' } }], /a term needs a gloss/],
    ['an id of another type', [person({ id: 'org:x' })], /does not start with its type/],
    ['an unknown field', [{ ...person(), birthday: '1960' }], /unknown field birthday/],
    ['an office that needs a title', [person({ roles: [{ office: 'minister', of: 'IR' }] })], /needs a title/],
  ])('catches %s', (_what, entries, pattern) => {
    expect(problems(entries).join('\n')).toMatch(pattern);
  });

  it('catches a dangling capital in countries.json', () => {
    expect(problems([], { IR: { capital: 'city:nowhere' } }).join('\n')).toMatch(/capital city:nowhere does not exist/);
  });

  it('lists every problem, not just the first', () => {
    expect(problems([person({ qid: 'bad', country: 'XX' })]).length).toBe(2);
  });
});

describe('the compact runtime file', () => {
  const outcome = buildGazetteer();
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const g = outcome.gazetteer;

  it('is at most 1.5 MB', () => {
    expect(Buffer.byteLength(JSON.stringify(g), 'utf8')).toBeLessThanOrEqual(1.5e6);
  });

  it('has a country for every UN member and observer state, Kosovo, Taiwan and Western Sahara', () => {
    const ids = new Set(g.entries.map((e) => e.i));
    for (const code of [...UN_MEMBERS, 'VA', 'PS', 'XK', 'TW', 'EH']) expect(ids.has(`country:${code}`), code).toBe(true);
  });

  it('keeps only what the tooltip shows: no sources, no Arabic descriptions', () => {
    const json = JSON.stringify(g);
    expect(json).not.toMatch(/"sources"|"accessed"|"notes?"/);
    for (const e of g.entries) if (e.d) expect(e.d.length).toBe(2);
  });
});

describe('building entries', () => {
  const g = fixtureGazetteer();
  const entry = (id: string) => g.entries.find((e) => e.i === id)!;
  const title = (id: string, i = 0) => g.titles[entry(id).r![i]!.t];

  it('names countries from CLDR in three languages, curated names winning', () => {
    expect(entry('country:SY').n).toEqual(['Syria', 'سوریه', 'سوريا']);
    expect(entry('country:US').n).toEqual(['United States', 'ایالات متحده آمریکا', 'الولايات المتحدة']);
  });

  it('resolves role titles: office + of + to, and a curated title with the country added', () => {
    expect(title('person:abbas-araghchi', 1)).toEqual(['Foreign Minister of Iran', 'وزیر امور خارجه ایران']);
    expect(title('person:nasser-kanaani', 1)).toEqual(['Foreign Ministry Spokesperson of Iran', 'سخنگوی وزارت امور خارجه ایران']);
    expect(title('person:hakan-fidan')).toEqual(['Minister of Foreign Affairs (Turkey)', 'وزیر امور خارجه ترکیه']);
    expect(title('person:rafael-grossi')).toEqual(['Director General of the International Atomic Energy Agency', 'مدیرکل آژانس بین‌المللی انرژی اتمی']);
    expect(title('person:ali-khamenei')).toEqual(['Supreme Leader of Iran', 'رهبر جمهوری اسلامی ایران']);
  });

  it('keeps a weak form weak even when it is also the name (دوشنبه)', () => {
    expect(entry('city:dushanbe').k?.f ?? []).not.toContain('');
    expect(entry('city:dushanbe').k?.f ?? []).not.toContain('دوشنبه');
    expect(entry('city:dushanbe').w?.f).toEqual(['دوشنبه']);
  });
});

describe('alias keys', () => {
  it('folds spelling and marks optional breaks', () => {
    expect(foldAlias('خطیب‌زاده')).toBe('خطیب زاده');
    expect(foldAlias('كنعاني')).toBe('کنعانی');
    expect(foldAlias('میانمار (برمه)')).toBe('میانمار');
  });

  it('splits joined given names and adds Arabic press spellings for people', () => {
    expect(aliasKeys('علیرضا حقیقیان', 'fa', 'person').map((k) => k.key)).toEqual(['علی رضا حقیقیان']);
    expect(aliasKeys('رافائل گروسی', 'fa', 'person')).toEqual([
      { lang: 'fa', key: 'رافایل گروسی' }, { lang: 'ar', key: 'رافایل کروسی' }, { lang: 'ar', key: 'رافایل جروسی' }, { lang: 'ar', key: 'رافایل غروسی' },
    ]);
  });

  it('derives the short and long forms of Iranian institutions', () => {
    expect(aliasKeys('وزارت امور خارجه ایران', 'fa', 'org').map((k) => k.key)).toEqual([
      'وزارت امور خارجه ایران', 'وزارت امور خارجه جمهوری اسلامی ایران', 'وزارت خارجه ایران', 'وزارت خارجه جمهوری اسلامی ایران',
    ]);
  });
});

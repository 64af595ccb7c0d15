/**
 * What a reader must see linked (and must not) in the seed texts
 * (../shared/seeds: real articles, ZWNJ lost). The seeds carry no gold, so these
 * are the checks a person made by reading them; evaluateSeeds scores them.
 */
import { readFileSync } from 'node:fs';
import type { EntityMatcher } from '../../lib/entities/matcher';
import { SEEDS_DIR } from './corpus';

export interface SeedExpectation {
  file: string;
  lang: 'fa' | 'ar';
  /** When the text states it. */
  published?: string;
  /** [marked text, entity id] pairs that must appear. */
  expect: [string, string][];
  /** Entity ids that must not be linked anywhere in the text. */
  forbid?: string[];
}

export const SEEDS: SeedExpectation[] = [
  {
    file: '000_832c46cdaac176aa.txt', lang: 'fa',
    expect: [['علیرضا حقیقیان', 'person:alireza-haghighian'], ['سیکا', 'org:cica'], ['کنفرانس تعامل و اقدامات اعتمادساز در آسیا', 'org:cica'], ['جمهوری اسلامی ایران', 'country:IR']],
  },
  {
    file: '001_a5948145aafebb31.txt', lang: 'ar',
    expect: [['علي رضا حقيقيان', 'person:alireza-haghighian'], ['حقيقيان', 'person:alireza-haghighian'], ['سيكا', 'org:cica']],
  },
  {
    file: '002_18702bf0e7dcb9b4.txt', lang: 'fa', published: '2024-12-02',
    expect: [
      ['اکو', 'org:eco'], ['سیدعباس عراقچی', 'person:abbas-araghchi'], ['عراقچی', 'person:abbas-araghchi'], ['هاکان فیدان', 'person:hakan-fidan'],
      ['فیدان', 'person:hakan-fidan'], ['روند آستانه', 'agreement:astana-process'], ['حلب', 'city:aleppo'], ['ترکیه', 'country:TR'],
    ],
    forbid: ['city:astana'],
  },
  {
    file: '003_8cd93b1bce707555.txt', lang: 'fa', published: '2022-09-19',
    expect: [['کنعانی', 'person:nasser-kanaani'], ['ناصر کنعانی', 'person:nasser-kanaani'], ['جمهوری آذربایجان', 'country:AZ'], ['ارمنستان', 'country:AM']],
  },
  {
    file: '004_012c5d34e2e930a6.txt', lang: 'fa',
    expect: [['سیدعباس عراقچی', 'person:abbas-araghchi'], ['دوشنبه', 'city:dushanbe'], ['تاجیکستان', 'country:TJ'], ['بقایی', 'person:esmaeil-baghaei']],
  },
];

export interface SeedReport {
  expected: number;
  found: number;
  missing: string[];
  forbidden: string[];
}

export function evaluateSeeds(matcher: EntityMatcher, seeds = SEEDS): SeedReport {
  const r: SeedReport = { expected: 0, found: 0, missing: [], forbidden: [] };
  for (const s of seeds) {
    const marks = matcher.match(readFileSync(SEEDS_DIR + s.file, 'utf8'), { lang: s.lang, published: s.published });
    for (const [text, id] of s.expect) {
      r.expected++;
      if (marks.some((m) => m.text === text && m.id === id)) r.found++;
      else r.missing.push(`${s.file}: «${text}» → ${id}`);
    }
    for (const id of s.forbid ?? []) for (const m of marks.filter((x) => x.id === id)) r.forbidden.push(`${s.file}@${m.start}: «${m.text}» → ${id}`);
  }
  return r;
}

/**
 * The date lexicon folded with the page's own fold (lib/text/fold.ts) into one
 * lookup table. A key is a folded word, or several folded words written together
 * («سه شنبه», «سهشنبه» and «سه‌شنبه» are one key «سهشنبه»), so the tokenizer only
 * has to join a word with the next one or two when the first is a known prefix.
 */
import { foldKey } from '../text/fold';
import {
  AGO_WORDS, AND_WORDS, ARABIC_ORDINALS, CARDINALS, DIRECTIONS, ID_WORDS, MONTH_CUES, MONTH_SYSTEMS, ORDINALS, ORDINAL_TENS, PAIR_LINKS,
  PERIOD_PARTS, PLACE_WORDS, RANGE_OPENERS, RANGE_WORDS, RELATIVE_DAYS, RELATIVE_YEARS, THIS_WORDS, TIMES_OF_DAY,
  UNIT_NOUNS, UNITS, WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE, WEEKDAYS, YEAR_CUES, type Lang, type PeriodPart, type Strength, type Unit,
} from './lexicon-data';

export type Calendar = 'jalali' | 'gregorian' | 'hijri';

export type Lexeme =
  | { kind: 'month'; calendar: Calendar; month: number; lang: Lang; strength: Strength; system: number; mah: boolean; levantineAb: boolean }
  | { kind: 'weekday'; weekday: number; night: boolean }
  | { kind: 'tod' }
  | { kind: 'ordinal'; value: number }
  /** An Arabic ordinal day, a date only before «من» and a month. */
  | { kind: 'ordinalAr'; value: number }
  | { kind: 'ago' }
  | { kind: 'ordinalTens'; value: number }
  | { kind: 'cardinal'; value: number }
  | { kind: 'unit'; unit: Unit; lang: Lang; count?: number }
  | { kind: 'dir'; dir: -1 | 0 | 1 }
  | { kind: 'relDay'; offset: number }
  | { kind: 'relYear'; offset: number }
  | { kind: 'this'; lang: Lang }
  | { kind: 'weekdayName'; side: 'before' | 'after' }
  | { kind: 'part'; part: PeriodPart }
  | { kind: 'range' }
  | { kind: 'and' }
  | { kind: 'opener' }
  | { kind: 'pairLink' }
  | { kind: 'yearCue' }
  | { kind: 'monthCue' }
  | { kind: 'place' }
  | { kind: 'unitNoun' }
  | { kind: 'idWord' }
  /** The first word of a multi-word key; `words` = length of the longest such key. */
  | { kind: 'prefix'; words: number };

export type LexKind = Lexeme['kind'];
export type LexemeOf<K extends LexKind> = Extract<Lexeme, { kind: K }>;

/** Lexemes grouped by key; a token stores the group's index. */
export const GROUPS: Lexeme[][] = [];
const index = new Map<string, number>();
/** First words of multi-word keys, with how many words the longest such key has. */
const prefixes = new Map<string, number>();

function add(form: string, lexeme: Lexeme): void {
  const words = foldKey(form).toLowerCase().split(' ').filter(Boolean);
  if (words.length === 0) return;
  const key = words.join('');
  if (words.length > 1) prefixes.set(words[0]!, Math.max(prefixes.get(words[0]!) ?? 0, words.length));
  let id = index.get(key);
  if (id === undefined) {
    id = GROUPS.length;
    GROUPS.push([]);
    index.set(key, id);
  }
  GROUPS[id]!.push(lexeme);
}

/** Arabic words also come with the conjunction «و» glued on («والثلاثاء», «وأمس»). */
function addArabic(form: string, lexeme: Lexeme): void {
  add(form, lexeme);
  add(`و${form}`, lexeme);
}

function addMonths(): void {
  MONTH_SYSTEMS.forEach((system, s) => {
    system.months.forEach((forms, i) => {
      for (const form of forms) {
        const strength = system.weak?.[form] ?? system.strength;
        const base = { kind: 'month', calendar: system.calendar, month: i + 1, lang: system.lang, strength, system: s, mah: false, levantineAb: form === 'آب' } as const;
        if (system.lang === 'ar') addArabic(form, base);
        else add(form, base);
        // «آذرماه», «دی‌ماه»: the word «ماه» glued to a Persian month name.
        if (system.lang !== 'ar' && system.calendar !== 'gregorian') add(`${form}ماه`, { ...base, mah: true });
      }
    });
  });
}

function addWeekdays(): void {
  WEEKDAYS.forEach((forms, weekday) => {
    for (const form of forms) {
      addArabic(form, { kind: 'weekday', weekday, night: false });
      add(`${form}شب`, { kind: 'weekday', weekday, night: true }); // «پنجشنبه‌شب»
    }
  });
}

function addWordLists(): void {
  for (const f of TIMES_OF_DAY) add(f, { kind: 'tod' });
  for (const [f, value] of Object.entries(ORDINALS)) add(f, { kind: 'ordinal', value });
  for (const [f, value] of Object.entries(ARABIC_ORDINALS)) add(f, { kind: 'ordinalAr', value });
  for (const f of AGO_WORDS) add(f, { kind: 'ago' });
  for (const [f, value] of Object.entries(ORDINAL_TENS)) add(f, { kind: 'ordinalTens', value });
  for (const [f, value] of Object.entries(CARDINALS)) add(f, { kind: 'cardinal', value });
  for (const u of UNITS) for (const f of u.forms) add(f, { kind: 'unit', unit: u.unit, lang: u.lang, count: u.count });
  for (const d of DIRECTIONS) for (const f of d.forms) add(f, { kind: 'dir', dir: d.dir });
  for (const r of RELATIVE_DAYS) for (const f of r.forms) addArabic(f, { kind: 'relDay', offset: r.offset });
  for (const [f, offset] of Object.entries(RELATIVE_YEARS)) add(f, { kind: 'relYear', offset });
  for (const t of THIS_WORDS) add(t.form, { kind: 'this', lang: t.lang });
  for (const f of WEEKDAY_NAME_BEFORE) add(f, { kind: 'weekdayName', side: 'before' });
  for (const f of WEEKDAY_NAME_AFTER) add(f, { kind: 'weekdayName', side: 'after' });
  for (const p of PERIOD_PARTS) for (const f of p.forms) add(f, { kind: 'part', part: p.part });
  for (const f of RANGE_WORDS) add(f, { kind: 'range' });
  for (const f of AND_WORDS) add(f, { kind: 'and' });
  for (const f of RANGE_OPENERS) add(f, { kind: 'opener' });
  for (const f of PAIR_LINKS) add(f, { kind: 'pairLink' });
  for (const f of YEAR_CUES) add(f, { kind: 'yearCue' });
  for (const f of MONTH_CUES) add(f, { kind: 'monthCue' });
  for (const f of PLACE_WORDS) add(f, { kind: 'place' });
  for (const f of UNIT_NOUNS) add(f, { kind: 'unitNoun' });
  for (const f of ID_WORDS) add(f, { kind: 'idWord' });
}

addMonths();
addWeekdays();
addWordLists();
for (const [word, words] of prefixes) add(word, { kind: 'prefix', words });

/** Longest folded key, in code units: longer words are never looked up. */
export const MAX_KEY_LENGTH = Math.max(...[...index.keys()].map((k) => k.length));

/** Group id of a folded key, or −1. */
export function lookup(key: string): number {
  return index.get(key) ?? -1;
}

/** Latin letters compare case-blind («March», «march»). */
export function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function hashOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + lower(key.charCodeAt(i))) | 0;
  return h;
}

// An open-addressing table over the same hash the tokenizer computes while it scans a
// word: a lookup costs no substring, and almost every word misses on an empty slot.
const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const table = new Int32Array(1 << TABLE_BITS).fill(-1);
const keys: string[] = [];
for (const [key, id] of index) {
  keys[id] = key;
  let slot = hashOf(key) & TABLE_MASK;
  while (table[slot] !== -1) slot = (slot + 1) & TABLE_MASK;
  table[slot] = id;
}

/** Group id of the word text[from, to) whose hash the caller computed, or −1. */
export function lookupHashed(text: string, from: number, to: number, hash: number): number {
  for (let slot = hash & TABLE_MASK; ; slot = (slot + 1) & TABLE_MASK) {
    const id = table[slot]!;
    if (id === -1) return -1;
    const key = keys[id]!;
    if (key.length === to - from && sameChars(text, from, key)) return id;
  }
}

function sameChars(text: string, from: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (lower(text.charCodeAt(from + k)) !== key.charCodeAt(k)) return false;
  return true;
}


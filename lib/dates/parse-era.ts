/**
 * Era suffixes after a year (dates.md §2.3): they decide the calendar, mark BC years
 * (never converted) and the Imperial era. Arabic «م» after a year means Gregorian
 * (after a time it means PM; parse-time.ts handles that).
 */
import type { Env } from './model';
import { isPunct, isWord, sameLine, WORD } from './tokens';

export type Era = 'jalali' | 'hijri' | 'gregorian' | 'bc' | 'imperial';

/** Sequences of folded tokens, longest first; '.' matches a full stop. */
const PATTERNS: readonly [Era, readonly string[]][] = [
  ['bc', ['ق', '.', 'م', '.']],
  ['bc', ['ق', '.', 'م']],
  ['bc', ['پ', '.', 'م', '.']],
  ['bc', ['پ', '.', 'م']],
  ['bc', ['قبل', 'از', 'میلاد']],
  ['bc', ['قبل', 'المیلاد']],
  ['bc', ['ق', 'م']],
  ['bc', ['bc']],
  ['jalali', ['ه', '.', 'ش', '.']],
  ['jalali', ['ه', '.', 'ش']],
  ['jalali', ['ه', 'ش']],
  ['jalali', ['هجری', 'شمسی']],
  ['jalali', ['هش']],
  ['jalali', ['شمسی']],
  ['jalali', ['خورشیدی']],
  ['hijri', ['ه', '.', 'ق', '.']],
  ['hijri', ['ه', '.', 'ق']],
  ['hijri', ['ه', 'ق']],
  ['hijri', ['هق']],
  ['hijri', ['هجری', 'قمری']],
  ['hijri', ['قمری']],
  ['hijri', ['هجریه']],
  ['hijri', ['هجری']],
  ['hijri', ['للهجره']],
  ['hijri', ['ه']],
  ['hijri', ['ق']],
  ['gregorian', ['م', '.']],
  ['gregorian', ['م']],
  ['gregorian', ['میلادی']],
  ['gregorian', ['میلادیه']],
  ['gregorian', ['للمیلاد']],
  ['gregorian', ['ad']],
  ['imperial', ['شاهنشاهی']],
];

function matches(env: Env, i: number, pattern: readonly string[]): boolean {
  const { ts } = env;
  for (let k = 0; k < pattern.length; k++) {
    const j = i + k;
    if (j >= ts.n || !sameLine(ts, j)) return false;
    const p = pattern[k]!;
    if (p === '.' ? !isPunct(ts, j, '.') : !isWord(ts, j, p) && ts.text.slice(ts.start[j]!, ts.end[j]!).toLowerCase() !== p) return false;
  }
  return true;
}

/** The patterns by their first word, longest first: most tokens need one lookup. */
const BY_FIRST = new Map<string, [Era, readonly string[]][]>();
for (const entry of PATTERNS) {
  const first = entry[1][0]!;
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), entry]);
}

/** The era suffix at token i, if any. */
export function readEra(env: Env, i: number): { era: Era; next: number } | undefined {
  const { ts } = env;
  if (i >= ts.n || ts.kind[i] !== WORD || ts.end[i]! - ts.start[i]! > 9 || !sameLine(ts, i)) return undefined;
  const candidates = BY_FIRST.get(ts.text.slice(ts.start[i]!, ts.end[i]!).toLowerCase());
  for (const [era, pattern] of candidates ?? []) {
    if (matches(env, i, pattern)) return { era, next: i + pattern.length };
  }
  return undefined;
}

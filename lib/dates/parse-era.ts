/**
 * Era suffixes after a year (dates.md §2.3): they decide the calendar, mark BC years
 * (never converted) and the Imperial era. Arabic «م» after a year means Gregorian
 * (after a time it means PM; parse-time.ts handles that).
 */
import type { Env } from './model';
import { isPunct, isWord, sameLine } from './tokens';

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

/** The era suffix at token i, if any. */
export function readEra(env: Env, i: number): { era: Era; next: number } | undefined {
  for (const [era, pattern] of PATTERNS) {
    if (matches(env, i, pattern)) return { era, next: i + pattern.length };
  }
  return undefined;
}

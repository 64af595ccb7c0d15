/**
 * Numbers in dates: day numbers (digits, «۱۲ام», ordinal words), counts for
 * «سه روز پیش», years (two-digit years get the century nearest the page), and the
 * numbers that only look like dates (grouped «۱٬۴۰۳», decimals «14.1», counts
 * followed by «نفر» or «تومان»).
 */
import type { Env } from './model';
import { WORD, digitCount, glued, isNum, isPunct, isWord, lex, sameLine } from './tokens';

export interface Read<T> {
  value: T;
  next: number;
}

/** The original character behind folded offset `at` (fold maps «،» and «٬» both to «,»). */
export function originalChar(env: Env, at: number): string {
  return env.original[env.map[at]!] ?? '';
}

/** Number token i belongs to «۱٬۴۰۳», «1,403» or «14.1»: a count or a measure, never a date part. */
export function isGroupedOrDecimal(env: Env, i: number): boolean {
  const { ts } = env;
  const joinedAfter = isPunct(ts, i + 1, ',.') && glued(ts, i + 1) && isNum(ts, i + 2) && glued(ts, i + 2);
  const joinedBefore = isPunct(ts, i - 1, ',.') && glued(ts, i) && isNum(ts, i - 2) && glued(ts, i - 1);
  const grouping = (p: number, n: number) => originalChar(env, ts.start[p]!) !== '،' && (ts.text[ts.start[p]!] === '.' || digitCount(ts, n) === 3);
  if (joinedAfter && grouping(i + 1, i + 2) && !isPunct(ts, i + 3, ',.')) return true;
  return joinedBefore && grouping(i - 1, i) && !isPunct(ts, i - 3, ',.');
}

/** A day of the month at token i: «12», «۱۲ام», «دوازدهم», «بیست و یکم», «سی ام». */
export function readDay(env: Env, i: number): Read<number> | undefined {
  const { ts } = env;
  if (isNum(ts, i)) {
    const v = ts.value[i]!;
    if (digitCount(ts, i) > 2 || v < 1 || v > 31 || isGroupedOrDecimal(env, i)) return undefined;
    const next = isWord(ts, i + 1, 'ام', 'امین') && glued(ts, i + 1) ? i + 2 : i + 1;
    return { value: v, next };
  }
  const ordinal = lex(ts, i, 'ordinal');
  if (ordinal) return { value: ordinal.value, next: i + ts.span[i]! };
  const arabic = lex(ts, i, 'ordinalAr');
  if (arabic) {
    const next = i + ts.span[i]!;
    return isWord(ts, next, 'من') && sameLine(ts, next) ? { value: arabic.value, next } : undefined;
  }
  const tens = lex(ts, i, 'ordinalTens');
  if (!tens) return undefined;
  if (isWord(ts, i + 1, 'ام') && sameLine(ts, i + 1)) return { value: tens.value, next: i + 2 };
  const unit = isWord(ts, i + 1, 'و') ? lex(ts, i + 2, 'ordinal') : undefined;
  if (unit && unit.value < 10) return { value: tens.value + unit.value, next: i + 3 };
  return undefined;
}

/** A small count at token i: digits (up to 3) or a word (یک … ده, ثلاثة …). */
export function readCount(env: Env, i: number): Read<number> | undefined {
  const { ts } = env;
  if (isNum(ts, i)) {
    const v = ts.value[i]!;
    return digitCount(ts, i) <= 3 && v > 0 && !isGroupedOrDecimal(env, i) ? { value: v, next: i + 1 } : undefined;
  }
  const c = lex(ts, i, 'cardinal');
  return c ? { value: c.value, next: i + ts.span[i]! } : undefined;
}

/** The year nearest `pageYear` that ends in the two digits `yy` (۰۱ → 1401, 92 → 1392). */
export function expandTwoDigitYear(yy: number, pageYear: number): number {
  const century = Math.floor(pageYear / 100) * 100;
  const candidates = [century - 100 + yy, century + yy, century + 100 + yy];
  return candidates.reduce((best, y) => (Math.abs(y - pageYear) < Math.abs(best - pageYear) ? y : best));
}

/** The token after a number is a noun that counts things («نفر», «تومان», «مليون»). */
export function followedByUnitNoun(env: Env, i: number): boolean {
  const { ts } = env;
  return sameLine(ts, i) && (lex(ts, i, 'unitNoun') !== undefined || isPunct(ts, i, '%٪'));
}

/** A word that may follow a two-digit year without making it a count. */
const AFTER_SHORT_YEAR = new Set(['و', 'تا', 'در', 'به', 'از', 'که', 'با', 'ساعت', 'را', 'هم', 'نیز', 'بود', 'است', 'شد', 'الی']);

/** A two-digit number after a month can be a year («۲۸ شهریور ۰۱», «14مهر92»), not a count. */
export function canBeShortYear(env: Env, i: number): boolean {
  const { ts } = env;
  if (glued(ts, i)) return true;
  const next = i + 1;
  if (next >= ts.n || !sameLine(ts, next)) return true;
  if (ts.kind[next] !== WORD) return !isNum(ts, next) && !isPunct(ts, next, ':/.-');
  return AFTER_SHORT_YEAR.has(ts.text.slice(ts.start[next]!, ts.end[next]!));
}

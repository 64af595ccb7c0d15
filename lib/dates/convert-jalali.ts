/**
 * Jalali (Solar Hijri) ↔ day numbers, exact, by year/month/day numbers through
 * jalaali-js (Borkowski; matches the official leap table 1206–1498 AP, dates.md §1).
 * Never through a `Date`: jalaali-js's Date overloads read the local time zone.
 */
import { d2j, isValidJalaaliDate, j2d, jalaaliMonthLength } from 'jalaali-js';
import type { Ymd } from './day-number';

/** jalaali-js throws outside −61…3177; dates in news are far inside. */
const MIN_YEAR = 1;
const MAX_YEAR = 3177;

export function isValidJalali(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR && isValidJalaaliDate(y, m, d);
}

/** Day number of a valid Jalali date (check with isValidJalali first). */
export function jalaliToJdn(y: number, m: number, d: number): number {
  return j2d(y, m, d);
}

export function jdnToJalali(jdn: number): Ymd {
  const j = d2j(jdn);
  return { y: j.jy, m: j.jm, d: j.jd };
}

export function jalaliMonthLength(y: number, m: number): number {
  return jalaaliMonthLength(y, m);
}

/** First and last day numbers of a Jalali month. */
export function jalaliMonthSpan(y: number, m: number): [number, number] {
  const first = j2d(y, m, 1);
  return [first, first + jalaaliMonthLength(y, m) - 1];
}

/** First and last day numbers of a Jalali year (1 Farvardin … 29/30 Esfand). */
export function jalaliYearSpan(y: number): [number, number] {
  return [j2d(y, 1, 1), j2d(y + 1, 1, 1) - 1];
}

/**
 * Days as Julian Day Numbers: one integer per civil day, the same in every calendar,
 * so that comparing, adding and converting never touch a local-time `Date`
 * (dates.md §2.6 trap 10). Gregorian arithmetic comes from jalaali-js (proleptic).
 */
import { d2g, g2d } from 'jalaali-js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days every calendar here converts: 1 Farvardin 1 AP (622-03-22) … 2200-12-31. */
export const FIRST_DAY = 1948321;
export const LAST_DAY = 2524958;

/** JDN of 1970-01-01: converts a day number to a UTC epoch for Intl. */
const UNIX_EPOCH_JDN = 2440588;
const DAY_MS = 86_400_000;

export function gregorianToJdn(y: number, m: number, d: number): number {
  return g2d(y, m, d);
}

export function jdnToGregorian(jdn: number): Ymd {
  const g = d2g(jdn);
  return { y: g.gy, m: g.gm, d: g.gd };
}

/** 0 = Sunday … 6 = Saturday, by arithmetic. */
export function weekdayOfJdn(jdn: number): number {
  return (((jdn + 1) % 7) + 7) % 7;
}

/** UTC midnight of the day, for Intl formatters pinned to timeZone 'UTC'. */
export function jdnToUtcDate(jdn: number): Date {
  return new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS);
}

export function utcMsToJdn(ms: number): number {
  return Math.floor(ms / DAY_MS) + UNIX_EPOCH_JDN;
}

export function isLeapGregorian(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const G_MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function gregorianMonthLength(y: number, m: number): number {
  return m === 2 && isLeapGregorian(y) ? 29 : G_MONTH_DAYS[m - 1]!;
}

export function isValidGregorian(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= gregorianMonthLength(y, m);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
export function isoOf(y: number, m?: number, d?: number): string {
  if (m === undefined) return pad(y, 4);
  if (d === undefined) return `${pad(y, 4)}-${pad(m, 2)}`;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** JDN of a Gregorian 'YYYY-MM-DD', or undefined when it is not a real date. */
export function parseIsoDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidGregorian(y, mo, d) ? gregorianToJdn(y, mo, d) : undefined;
}

/** Today's day number in UTC (the fallback publication date). */
export function todayJdn(now = Date.now()): number {
  return utcMsToJdn(now);
}

/**
 * Hijri (lunar) ↔ day numbers through Intl's `islamic-umalqura` calendar (UTC,
 * Latin digits). Umm al-Qura is computed in advance; Iran's sighted dates are often a
 * day later, so every Hijri-derived value is approximate (dates.md §1.7).
 * Intl only converts one way (day → Hijri); month starts are found by search and
 * cached, which makes Hijri → day a lookup after the first use of each month.
 */
import { jdnToUtcDate, type Ymd } from './day-number';

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** 1 Muharram 1 AH (civil epoch) and the mean synodic month: only to start the search. */
const EPOCH_JDN = 1948440;
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;
/** Umm al-Qura data covers roughly 1300–1600 AH; outside it ICU falls back to arithmetic. */
export const MIN_HIJRI_YEAR = 1;
export const MAX_HIJRI_YEAR = 1600;

/** Intl's answers for the days probed while finding month starts. */
const toHijriCache = new Map<number, Ymd>();
const monthStartCache = new Map<number, number>();

/** Hijri date of a day, from Intl directly (one formatToParts call). */
function intlHijri(jdn: number): Ymd {
  const hit = toHijriCache.get(jdn);
  if (hit) return hit;
  let y = 0;
  let m = 0;
  let d = 0;
  for (const part of FORMAT.formatToParts(jdnToUtcDate(jdn))) {
    if (part.type === 'year') y = Number(part.value);
    else if (part.type === 'month') m = Number(part.value);
    else if (part.type === 'day') d = Number(part.value);
  }
  if (toHijriCache.size > 20_000) toHijriCache.clear();
  const result = { y, m, d };
  toHijriCache.set(jdn, result);
  return result;
}

/** Day number of 1 {m} {y} AH (Umm al-Qura). */
export function hijriMonthStart(y: number, m: number): number {
  const key = y * 12 + (m - 1);
  const hit = monthStartCache.get(key);
  if (hit !== undefined) return hit;
  let guess = Math.round(EPOCH_JDN + (y - 1) * MEAN_YEAR + (m - 1) * MEAN_MONTH);
  let start = guess;
  for (let i = 0; i < 8; i++) {
    const h = intlHijri(guess);
    const diff = key - (h.y * 12 + (h.m - 1));
    start = guess - (h.d - 1);
    if (diff === 0) break;
    // Aim at the middle of the wanted month so the next probe lands inside it.
    guess = start + 14 + Math.round(diff * MEAN_MONTH);
  }
  monthStartCache.set(key, start);
  return start;
}

/**
 * Hijri date of a day: found among the cached month starts, so converting many days
 * costs an Intl call per month, not per day.
 */
export function jdnToHijri(jdn: number): Ymd {
  let index = Math.floor((jdn - EPOCH_JDN) / MEAN_MONTH);
  for (let i = 0; i < 4; i++) {
    const y = Math.floor(index / 12) + 1;
    const m = (index % 12) + 1;
    if (y < MIN_HIJRI_YEAR || y > MAX_HIJRI_YEAR + 1) return intlHijri(jdn);
    const start = hijriMonthStart(y, m);
    if (jdn < start) index--;
    else if (jdn >= (m === 12 ? hijriMonthStart(y + 1, 1) : hijriMonthStart(y, m + 1))) index++;
    else return { y, m, d: jdn - start + 1 };
  }
  return intlHijri(jdn);
}

export function hijriMonthLength(y: number, m: number): number {
  const next = m === 12 ? hijriMonthStart(y + 1, 1) : hijriMonthStart(y, m + 1);
  return next - hijriMonthStart(y, m);
}

export interface HijriDay {
  jdn: number;
  /** Day 30 of a month Umm al-Qura gives 29 days: taken as the day after the 29th. */
  overflow: boolean;
}

/** Day number of a Hijri date, or undefined when it cannot exist (day 31, month 13 …). */
export function hijriToJdn(y: number, m: number, d: number): HijriDay | undefined {
  if (!Number.isInteger(y) || y < MIN_HIJRI_YEAR || y > MAX_HIJRI_YEAR || m < 1 || m > 12 || d < 1 || d > 30) return undefined;
  const start = hijriMonthStart(y, m);
  const length = hijriMonthLength(y, m);
  return { jdn: start + d - 1, overflow: d > length };
}

/** First and last day numbers of a Hijri month. */
export function hijriMonthSpan(y: number, m: number): [number, number] {
  return [hijriMonthStart(y, m), hijriMonthStart(y, m) + hijriMonthLength(y, m) - 1];
}

export function hijriYearSpan(y: number): [number, number] {
  return [hijriMonthStart(y, 1), hijriMonthStart(y + 1, 1) - 1];
}

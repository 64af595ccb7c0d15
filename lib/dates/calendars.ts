/**
 * One interface over the three calendars: day numbers of a date, of a month, of a
 * year, and a day number back to the calendar's year/month/day.
 */
import { gregorianMonthLength, gregorianToJdn, isValidGregorian, jdnToGregorian, type Ymd } from './day-number';
import { isValidJalali, jalaliMonthSpan, jalaliToJdn, jalaliYearSpan, jdnToJalali } from './convert-jalali';
import { hijriMonthSpan, hijriToJdn, hijriYearSpan, jdnToHijri, MAX_HIJRI_YEAR, MIN_HIJRI_YEAR } from './convert-hijri';
import type { Calendar, Page } from './model';

export interface Day {
  jdn: number;
  /** Hijri day 30 of a 29-day month (taken as the day after the 29th). */
  overflow: boolean;
}

/** The day number of y/m/d in `calendar`, or undefined when there is no such day. */
export function dayOf(calendar: Calendar, y: number, m: number, d: number): Day | undefined {
  if (calendar === 'jalali') return isValidJalali(y, m, d) ? { jdn: jalaliToJdn(y, m, d), overflow: false } : undefined;
  if (calendar === 'gregorian') return isValidGregorian(y, m, d) && y >= 1 ? { jdn: gregorianToJdn(y, m, d), overflow: false } : undefined;
  return hijriToJdn(y, m, d);
}

export function monthSpan(calendar: Calendar, y: number, m: number): [number, number] | undefined {
  if (m < 1 || m > 12) return undefined;
  if (calendar === 'jalali') return y >= 1 && y <= 3176 ? jalaliMonthSpan(y, m) : undefined;
  if (calendar === 'gregorian') return y >= 1 ? [gregorianToJdn(y, m, 1), gregorianToJdn(y, m, gregorianMonthLength(y, m))] : undefined;
  return y >= MIN_HIJRI_YEAR && y <= MAX_HIJRI_YEAR ? hijriMonthSpan(y, m) : undefined;
}

export function yearSpan(calendar: Calendar, y: number): [number, number] | undefined {
  if (calendar === 'jalali') return y >= 1 && y <= 3176 ? jalaliYearSpan(y) : undefined;
  if (calendar === 'gregorian') return y >= 1 ? [gregorianToJdn(y, 1, 1), gregorianToJdn(y, 12, 31)] : undefined;
  return y >= MIN_HIJRI_YEAR && y < MAX_HIJRI_YEAR ? hijriYearSpan(y) : undefined;
}

export function fromJdn(calendar: Calendar, jdn: number): Ymd {
  if (calendar === 'jalali') return jdnToJalali(jdn);
  if (calendar === 'gregorian') return jdnToGregorian(jdn);
  return jdnToHijri(jdn);
}

/** The page's year in `calendar`. */
export function pageYear(page: Page, calendar: Calendar): number {
  return page[calendar].y;
}

/** The publication date in every calendar. */
export function pageOf(jdn: number): Page {
  return { jdn, gregorian: jdnToGregorian(jdn), jalali: jdnToJalali(jdn), hijri: jdnToHijri(jdn) };
}

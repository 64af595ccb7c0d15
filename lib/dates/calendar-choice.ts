/**
 * Which calendar a written year belongs to when nothing else says (dates.md §2.4
 * rule 1), and which years are plausible in each calendar.
 */
import type { Calendar, Page } from './model';

export interface Choice {
  calendar: Calendar;
  /** Both Jalali and Hijri fit and the less usual one for the language was taken. */
  ambiguous: boolean;
}

/**
 * A bare four-digit year: 1600–2200 is Gregorian. 1200–1599 is Jalali or Hijri: the
 * one nearer the page's year in that calendar (1401 on a 2025 page is Jalali, 1446 is
 * Hijri); a tie goes to the language's usual calendar (Jalali in Persian, Hijri in
 * Arabic), and the other choice is flagged as ambiguous.
 */
export function calendarOfYear(y: number, lang: 'fa' | 'ar' | 'other', page: Page): Choice | undefined {
  if (y >= 1600 && y <= 2200) return { calendar: 'gregorian', ambiguous: false };
  if (y < 1200 || y >= 1600) return undefined;
  const usual: Calendar = lang === 'ar' ? 'hijri' : 'jalali';
  const toJalali = Math.abs(y - page.jalali.y);
  const toHijri = Math.abs(y - page.hijri.y);
  const calendar: Calendar = toJalali === toHijri ? usual : toHijri < toJalali ? 'hijri' : 'jalali';
  return { calendar, ambiguous: calendar !== usual };
}

/** Years a date in each calendar may carry when its calendar is known. */
export function plausibleYear(y: number, calendar: Calendar, fourDigits: boolean): boolean {
  if (!fourDigits) return y >= 1 && y <= 1600;
  if (calendar === 'gregorian') return y >= 1000 && y <= 2200;
  return y >= 1000 && y <= 1600;
}

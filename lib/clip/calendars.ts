/**
 * A clip's day in the three calendars its readers use, and the reading list's
 * date display and date-range input in whichever one the reader chose. Jalali
 * is exact (jalaali-js); Hijri is the Umm al-Qura calendar from the browser's
 * own ICU data (Intl), which is what Saudi and Gulf sources print.
 */
import { toGregorian, toJalaali, isValidJalaaliDate } from 'jalaali-js';
import type { CalendarId } from '../settings';

export interface DayInCalendars {
  /** 'YYYY-MM-DD'. */
  gregorian: string;
  jalali: string;
  hijri?: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Parses 'YYYY-MM-DD' into a real Gregorian day (UTC midnight), or undefined. */
export function gregorianDate(day: string): Date | undefined {
  const m = ISO_DAY.exec(day);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(day) ? date : undefined;
}

let hijriParts: Intl.DateTimeFormat | undefined;
function hijriOf(date: Date): string | undefined {
  hijriParts ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = hijriParts.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const [y, m, d] = [get('year'), get('month'), get('day')];
  return Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? ymd(y, m, d) : undefined;
}

/** '2024-12-02' → { gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-05-30' }. */
export function inThreeCalendars(day: string): DayInCalendars | undefined {
  const date = gregorianDate(day);
  if (!date) return undefined;
  const j = toJalaali(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return { gregorian: day, jalali: ymd(j.jy, j.jm, j.jd), hijri: hijriOf(date) };
}

const INTL_CALENDAR: Record<CalendarId, string> = { jalali: 'persian', gregorian: 'gregory', hijri: 'islamic-umalqura' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A day as people read it in `calendar` and the interface language: «۱۲ آذر ۱۴۰۳», "2 December 2024". */
export function formatDay(day: string, calendar: CalendarId, uiLang: 'en' | 'fa'): string {
  const date = gregorianDate(day);
  if (!date) return day;
  const key = `${calendar}/${uiLang}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = uiLang === 'fa' ? `fa-IR-u-ca-${INTL_CALENDAR[calendar]}` : `en-GB-u-ca-${INTL_CALENDAR[calendar]}`;
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
    formatters.set(key, f);
  }
  return f.format(date);
}

/** Persian and Arabic-Indic digits to ASCII, any separator to '-'. */
function normaliseInput(input: string): string {
  return input
    .trim()
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[/.\s]+/g, '-');
}

/**
 * Reads a day typed in `calendar` ('1403-09-12', '۱۴۰۳/۹/۱۲', '2024-12-02') and
 * returns it as a Gregorian 'YYYY-MM-DD', or undefined when it is not a real day.
 */
export function parseDay(input: string, calendar: CalendarId): string | undefined {
  const m = /^(\d{3,4})-(\d{1,2})-(\d{1,2})$/.exec(normaliseInput(input));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (calendar === 'gregorian') return gregorianDate(ymd(y, mo, d)) ? ymd(y, mo, d) : undefined;
  if (calendar === 'jalali') {
    if (!isValidJalaaliDate(y, mo, d)) return undefined;
    const g = toGregorian(y, mo, d);
    return ymd(g.gy, g.gm, g.gd);
  }
  return hijriToGregorian(y, mo, d);
}

/** Intl only converts to Hijri: estimate the Gregorian day, then look nearby for the exact one. */
function hijriToGregorian(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 30) return undefined;
  const target = ymd(y, m, d);
  // Day 1 of AH 1 ≈ 622-07-16; a Hijri year is ≈ 354.367 days, a month ≈ 29.5306.
  const estimate = Date.UTC(622, 6, 16) + ((y - 1) * 354.367 + (m - 1) * 29.5306 + (d - 1)) * 86_400_000;
  for (let delta = 0; delta <= 6; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const date = new Date(Math.round(estimate / 86_400_000) * 86_400_000 + sign * delta * 86_400_000);
      if (hijriOf(date) === target) return date.toISOString().slice(0, 10);
    }
  }
  return undefined;
}

/**
 * Partial dates ('2024', '2024-08', '2024-08-27') in the interface language's
 * calendar: Jalali for Persian, Gregorian for English, always in UTC so a day
 * never slips. A Gregorian month or year straddles two Jalali ones, so it is
 * shown as a span («مرداد–شهریور ۱۴۰۳») rather than rounded.
 */
import { dayBounds } from './roles';

export type UiLang = 'en' | 'fa';

const LOCALE: Record<UiLang, string> = { en: 'en-GB', fa: 'fa-IR-u-ca-persian-nu-arabext' };

function parts(iso: string, lang: UiLang, withDay: boolean): { day?: string; month: string; year: string } {
  const fmt = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', year: 'numeric', month: 'long', ...(withDay ? { day: 'numeric' } : {}) });
  const p = fmt.formatToParts(new Date(`${iso}T00:00:00Z`));
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '';
  // Some ICU builds append an era to Jalali years («۱۴۰۳ ه‍.ش.»); the interface shows the bare year.
  return { day: withDay ? get('day') : undefined, month: get('month'), year: get('year').replace(/\s*(AP|ه\u200d?\.ش\.)$/u, '') };
}

/** A partial Gregorian date, formatted for `lang`. */
export function formatPartialDate(partial: string, lang: UiLang): string {
  const precision = partial.split('-').length;
  if (precision === 3) {
    const { day, month, year } = parts(partial, lang, true);
    return `${day} ${month} ${year}`;
  }
  const [lo, hi] = dayBounds(partial);
  const a = parts(lo, lang, false);
  const b = parts(hi, lang, false);
  if (precision === 1) return a.year === b.year ? a.year : `${a.year}–${b.year}`;
  if (a.month === b.month && a.year === b.year) return `${a.month} ${a.year}`;
  return a.year === b.year ? `${a.month}–${b.month} ${a.year}` : `${a.month} ${a.year}–${b.month} ${b.year}`;
}

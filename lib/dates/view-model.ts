/**
 * What a reader sees for one date annotation, as plain data for components/DateCard:
 * the date as written, the same date in the other calendars the reader turned on
 * (month names in the interface language, Persian digits in Persian), the weekday,
 * how long ago or ahead it is, «≈» and a note on Hijri values, and warnings for a
 * weekday the text gets wrong or a dual date whose halves disagree.
 * Formatting is Intl's, in UTC, from the annotation's own values: nothing here
 * recomputes a conversion.
 */
import type { DateAnnotation } from '../types';

export type CalendarId = 'jalali' | 'gregorian' | 'hijri';
export type UiLang = 'en' | 'fa';

/** Interface strings the card uses (keys of public/_locales/<lang>/messages.json). */
export type DateMessageKey =
  | 'calJalali' | 'calGregorian' | 'calHijri' | 'dateWrittenIn' | 'dateWrittenRelative'
  | 'dateApproximately' | 'dateHijriNote' | 'dateWeekdayMismatch' | 'datePairDisagrees' | 'dateWarning'
  | 'dateYearInferred' | 'dateAmbiguousCalendar' | 'dateImperialEra' | 'dateAtTime' | 'dateWeekday' | 'dateFromToday' | 'dateOngoing'
  | 'dateAsWritten';

/** An interface string with its substitutions; an argument may itself be a key to translate. */
export interface Message {
  key: DateMessageKey;
  args: (string | { key: DateMessageKey })[];
}

export interface DateRow {
  calendar: CalendarId;
  label: DateMessageKey;
  value: string;
  /** Comes through the Hijri calendar: shown with «≈» and the ±1-day note. */
  approximate: boolean;
}

export interface DateCardModel {
  lang: UiLang;
  dir: 'ltr' | 'rtl';
  /** The date in the calendar the text uses (for a relative date: its resolved day), in the interface language. */
  title: string;
  /** «Written in the Jalali calendar» / «Relative date, counted from the publication date». */
  subtitle: Message;
  /** The expression as the page writes it. */
  source: string;
  rows: DateRow[];
  weekday?: string;
  time?: string;
  /** «3 days ago», «in 2 months», «today»; empty when the span includes today (`ongoing`). */
  fromToday: string;
  ongoing: boolean;
  warnings: Message[];
  notes: Message[];
}

export interface DateCardSettings {
  calendars: Record<CalendarId, boolean>;
}

/** The calendar names the options page already uses. */
const CAL_LABEL: Record<CalendarId, DateMessageKey> = { jalali: 'calJalali', gregorian: 'calGregorian', hijri: 'calHijri' };
const INTL_CAL: Record<CalendarId, string> = { jalali: 'persian', gregorian: 'gregory', hijri: 'islamic-umalqura' };
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: UiLang, calendar: CalendarId, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${calendar}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    const locale = `${lang}-u-ca-${INTL_CAL[calendar]}-nu-${lang === 'fa' ? 'arabext' : 'latn'}`;
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    formatters.set(key, f);
  }
  return f;
}

/** UTC milliseconds of the first and last day of a Gregorian value 'YYYY[-MM[-DD]]'. */
function gregorianSpan(value: string, end?: string): [number, number] {
  const [y = 1970, m, d] = value.split('-').map(Number);
  const from = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  if (end) return [from, Date.parse(`${end}T00:00:00Z`)];
  if (d !== undefined) return [from, from];
  const last = m === undefined ? Date.UTC(y, 11, 31) : Date.UTC(y, m, 0);
  return [from, last];
}

/** Whether a value in `calendar` is a whole month or year ('1403-10', '2025'). */
const precisionOf = (value: string | undefined): 'day' | 'month' | 'year' => (!value || value.length >= 10 ? 'day' : value.length === 7 ? 'month' : 'year');

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };

/** The span in one calendar: a day, a range of days, or a whole month or year where the text wrote one. */
function formatIn(a: DateAnnotation, calendar: CalendarId, span: [number, number], lang: UiLang): string {
  const precision = precisionOf(a[calendar]);
  const options = precision === 'month' ? MONTH : precision === 'year' ? YEAR : DAY;
  const f = formatter(lang, calendar, options);
  return span[0] === span[1] || precision !== 'day' ? f.format(span[0]) : f.formatRange(span[0], span[1]);
}

/** Days from today to the span's nearer end: positive ahead, negative ago, 0 inside it. */
function daysFromToday(span: [number, number], today: number): number {
  return today < span[0] ? Math.round((span[0] - today) / DAY_MS) : today > span[1] ? -Math.round((today - span[1]) / DAY_MS) : 0;
}

/** «3 days ago», «in 2 months», «today». */
function fromToday(days: number, lang: UiLang): string {
  const rtf = new Intl.RelativeTimeFormat(lang === 'fa' ? 'fa' : 'en', { numeric: 'auto' });
  const n = Math.abs(days);
  if (n < 7) return rtf.format(days, 'day');
  if (n < 30) return rtf.format(Math.round(days / 7), 'week');
  if (n < 365) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

const toPersianDigits = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

function weekdayName(ms: number, lang: UiLang): string {
  return formatter(lang, 'gregorian', { weekday: 'long' }).format(ms);
}

/** The first calendar shown as the title: the one the text uses, else the first one turned on. */
function titleCalendar(a: DateAnnotation, settings: DateCardSettings): CalendarId {
  if (a.calendar !== 'relative') return a.calendar;
  const order: CalendarId[] = ['jalali', 'gregorian', 'hijri'];
  return order.find((c) => settings.calendars[c]) ?? 'gregorian';
}

function warningsOf(a: DateAnnotation, span: [number, number], lang: UiLang): Message[] {
  const out: Message[] = [];
  if (a.weekdayCheck === 'mismatch' && a.weekdayStated !== undefined) {
    // 2023-01-01 was a Sunday: weekday n is that day plus n.
    const stated = weekdayName(Date.UTC(2023, 0, 1 + a.weekdayStated), lang);
    out.push({ key: 'dateWeekdayMismatch', args: [stated, weekdayName(span[0], lang)] });
  }
  if (a.pairAgrees === false) out.push({ key: 'datePairDisagrees', args: [] });
  return out;
}

function notesOf(a: DateAnnotation, title: CalendarId, lang: UiLang, rows: DateRow[]): Message[] {
  const out: Message[] = [];
  if (title === 'hijri' || rows.some((r) => r.approximate)) out.push({ key: 'dateHijriNote', args: [] });
  if (a.inferred) out.push({ key: 'dateYearInferred', args: [] });
  if (a.confidence === 'medium' && a.calendar !== 'relative') out.push({ key: 'dateAmbiguousCalendar', args: [{ key: CAL_LABEL[title] }] });
  if (a.era === 'imperial') out.push({ key: 'dateImperialEra', args: [] });
  if (a.time) out.push({ key: 'dateAtTime', args: [lang === 'fa' ? toPersianDigits(a.time) : a.time] });
  return out;
}

/**
 * The card for one annotation. `today` is 'YYYY-MM-DD' (the reader's day); the
 * calendars turned off in the settings are left out, except the one the text uses.
 */
export function dateCardModel(a: DateAnnotation, settings: DateCardSettings, lang: UiLang, today: string): DateCardModel {
  const span = gregorianSpan(a.gregorian, a.gregorianEnd);
  const title = titleCalendar(a, settings);
  const hijriDerived = a.calendar === 'hijri' || a.approximate === true;
  const rows = (['jalali', 'gregorian', 'hijri'] as const)
    .filter((c) => c !== title && settings.calendars[c])
    .map((c) => ({ calendar: c, label: CAL_LABEL[c], value: formatIn(a, c, span, lang), approximate: c === 'hijri' || hijriDerived }));
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const subtitle: Message = a.calendar === 'relative' ? { key: 'dateWrittenRelative', args: [] } : { key: 'dateWrittenIn', args: [{ key: CAL_LABEL[a.calendar] }] };
  const days = daysFromToday(span, todayMs);
  return {
    lang, dir: lang === 'fa' ? 'rtl' : 'ltr',
    title: formatIn(a, title, span, lang),
    subtitle, source: a.text, rows,
    weekday: span[0] === span[1] ? weekdayName(span[0], lang) : undefined,
    time: a.time && (lang === 'fa' ? toPersianDigits(a.time) : a.time),
    fromToday: days === 0 && span[0] !== span[1] ? '' : fromToday(days, lang),
    ongoing: days === 0 && span[0] !== span[1],
    warnings: warningsOf(a, span, lang),
    notes: notesOf(a, title, lang, rows),
  };
}

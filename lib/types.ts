/**
 * What Negah finds in a text: the contract shared by the content script, the
 * reading list and `npm run annotate`. Offsets are UTF-16 code units into the
 * text that was annotated.
 */
import type { EntityType, Names } from './entities/gazetteer-source';
import type { Language } from './text/language';

export type DateCalendar = 'jalali' | 'gregorian' | 'hijri' | 'relative';

/** What a date annotation covers: one day, a span of days, a whole month, year or run of years. */
export type DateKind = 'date' | 'range' | 'month' | 'year' | 'year-range';

export interface DateAnnotation {
  start: number;
  end: number;
  text: string;
  /** The calendar the text is written in ('relative' for امروز, أمس …). */
  calendar: DateCalendar;
  /** 'YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' when only that is known. */
  gregorian: string;
  /** Last day of a range, month, year or week. */
  gregorianEnd?: string;
  /** Same value and precision in the Jalali calendar ('1403-09-12'). */
  jalali: string;
  jalaliEnd?: string;
  /** Umm al-Qura Hijri ('1446-06-01'); approximate by nature. */
  hijri?: string;
  hijriEnd?: string;
  /** True when the Gregorian/Jalali value comes through the Hijri calendar (±1 day). */
  approximate?: boolean;
  /** Set when the text states a weekday: does it agree with the date? */
  weekdayCheck?: 'ok' | 'mismatch';
  /** The weekday the text states, 0 = Sunday … 6 = Saturday. */
  weekdayStated?: number;
  /** Local time attached to the date ('18:23'), Asia/Tehran unless the page says otherwise. */
  time?: string;
  /** The year (or century) was not written and was inferred from the publication date. */
  inferred?: boolean;
  /** Index of the other half of a dual-calendar pair («… هـ الموافق … م»). */
  pairWith?: number;
  /** For a pair: do the two halves name the same day (Hijri within ±1)? */
  pairAgrees?: boolean;
  /**
   * What the annotation covers. 'month'/'year' in the calendar the text is written in
   * give that calendar's value as 'YYYY-MM'/'YYYY' and the other calendars as a span
   * of days (value + …End); 'date' is one day; 'range' and 'year-range' a span.
   */
  kind?: DateKind;
  /**
   * A relative expression with nothing in the text to check it against (no weekday, no
   * date): «امروز», «اليوم», «سال گذشته», «الأسبوع المقبل», «۳ روز پیش». Resolved from the
   * publication date like the others; a page may show these more quietly (the dev
   * corpus leaves them unannotated).
   */
  deictic?: boolean;
  /**
   * Lowered confidence: 'medium' when the calendar was chosen between two that fit
   * («1446/07/16» with no era in Persian text), 'low' when the stated weekday disagrees.
   */
  confidence?: 'medium' | 'low';
  /** The year was written in the Imperial era («۲۵۳۵ شاهنشاهی»; SH = imperial − 1180). */
  era?: 'imperial';
}

export interface EntityAnnotation {
  start: number;
  end: number;
  text: string;
  id: string;
  type: EntityType;
  name: Names;
}

export interface AnnotateResult {
  language: Language;
  diplomatic: boolean;
  /** How strongly the text is about foreign policy and diplomacy, 0..1. */
  score: number;
  dates: DateAnnotation[];
  entities: EntityAnnotation[];
}

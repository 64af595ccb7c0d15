/**
 * What Negah finds in a text: the contract shared by the content script, the
 * reading list and `npm run annotate`. Offsets are UTF-16 code units into the
 * text that was annotated.
 */
import type { EntityType, Names } from './entities/gazetteer-source';
import type { Language } from './text/language';

export type DateCalendar = 'jalali' | 'gregorian' | 'hijri' | 'relative';

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

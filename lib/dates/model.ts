/**
 * What the parsers and refiners pass between them: an expression over a range of
 * tokens, with the fields the text wrote (year, month, day, weekday …) and nothing
 * computed yet. resolve.ts turns it into day numbers; annotation.ts into the output.
 */
import type { Ymd } from './day-number';
import type { PeriodPart, Unit } from './lexicon-data';
import type { Calendar } from './lexicon';
import type { TokenStream } from './tokens';

export type { Calendar };

/** One end of a written date; missing fields were not written. */
export interface Parts {
  y?: number;
  m?: number;
  d?: number;
  /** «سال جاری», «سال گذشته»: the page's year in this calendar plus this. */
  yearOffset?: number;
  /** The year was written with two digits (۰۱, 92): the century is inferred. */
  twoDigitYear?: boolean;
  /** «ابتدای مهر», «اواخر سال»: the part of the month or year meant. */
  part?: PeriodPart;
  /** The weekday the text states next to this date, 0 = Sunday. */
  weekday?: number;
}

export type ExprKind = 'date' | 'range' | 'month' | 'year' | 'year-range' | 'relative';

export type Relative =
  | { type: 'day'; offset: number }
  | { type: 'period'; unit: Exclude<Unit, 'day'>; offset: number; calendar: Calendar; part?: PeriodPart }
  /**
   * 'past'/'future': strictly before/after the page (a direction word); 'onOrBefore'/
   * 'onOrAfter': from the verb's tense; 'week': in the week `weekOffset` from the page's.
   */
  | { type: 'weekday'; weekday: number; when: 'past' | 'future' | 'onOrBefore' | 'onOrAfter' | 'nearest' | 'week'; weekOffset?: number }
  | { type: 'ago'; unit: Unit; count: number; dir: -1 | 1; calendar: Calendar };

export interface Expr {
  kind: ExprKind;
  /** Tokens [t0, t1). */
  t0: number;
  t1: number;
  calendar: Calendar;
  a: Parts;
  /** The end of a range. */
  b?: Parts;
  relative?: Relative;
  /** The weekday stated with a relative day («امروز (چهارشنبه)»). */
  weekday?: number;
  /** «سبتمبر المقبل», «5 يونيو الماضي»: the next (1) or last (−1) such month or day. */
  monthDir?: -1 | 1;
  /** «سال تحصیلی ۱۴۰۳-۱۴۰۴»: 1 Mehr … 31 Shahrivar. */
  academic?: boolean;
  /** «۲۵۳۵ شاهنشاهی»: the Imperial era (SH = imperial − 1180). */
  imperial?: boolean;
  /** The calendar was chosen between two that fit (a 14xx year with no era). */
  ambiguous?: boolean;
  /** 'HH:MM', local time attached to the date. */
  time?: string;
  /** The other half of a dual-calendar pair. */
  pair?: Expr;
  /** Not annotated (BC years): it only blocks other readings of its tokens. */
  blocked?: boolean;
}

/** Everything a parser needs to read the tokens. */
export interface Env {
  ts: TokenStream;
  lang: 'fa' | 'ar' | 'other';
  /** The original text and the fold's map back to it (to tell «آب» from «أب»). */
  original: string;
  map: Int32Array;
  page: Page;
}

/** The publication date in every calendar. */
export interface Page {
  jdn: number;
  gregorian: Ymd;
  jalali: Ymd;
  hijri: Ymd;
}

/** A parser's answer: an expression and the index after it. */
export type Parsed = Expr | undefined;

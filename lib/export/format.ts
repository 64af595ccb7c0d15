/**
 * Negah's own export format, version 1: everything a reader has, so that an
 * export imported into an empty browser gives the same reading list back. Only
 * derived data is left out (the search key, entity ids, the word index), and
 * recomputed on import. Times are ISO strings, exact to the millisecond.
 *
 * The schema is strict: an unknown field is an error, not something silently
 * dropped — a file from a newer Negah is refused rather than half-understood.
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from '../entities/gazetteer-source';
import type { DateAnnotation } from '../types';

export const EXPORT_FORMAT = 'negah-reading-list';
export const EXPORT_VERSION = 1;

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const Day = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'not a YYYY-MM-DD date'));
const Iso = v.pipe(v.string(), v.isoTimestamp('not an ISO date-time'));
const WebUrl = v.pipe(Str(8192), v.regex(/^https?:\/\/[^\s]+$/i, 'not a web address (http or https)'));
const Names = v.strictObject({ en: Str(500), fa: Str(500), ar: Str(500) });

const DateSchema = v.strictObject({
  start: Int,
  end: Int,
  text: Str(1000),
  calendar: v.picklist(['jalali', 'gregorian', 'hijri', 'relative']),
  gregorian: Day,
  gregorianEnd: v.optional(Day),
  jalali: Day,
  jalaliEnd: v.optional(Day),
  hijri: v.optional(Day),
  hijriEnd: v.optional(Day),
  approximate: v.optional(v.boolean()),
  weekdayCheck: v.optional(v.picklist(['ok', 'mismatch'])),
  weekdayStated: v.optional(v.pipe(Int, v.maxValue(6))),
  time: v.optional(Str(20)),
  inferred: v.optional(v.boolean()),
  pairWith: v.optional(Int),
  pairAgrees: v.optional(v.boolean()),
  kind: v.optional(v.picklist(['date', 'range', 'month', 'year', 'year-range'])),
  deictic: v.optional(v.boolean()),
  confidence: v.optional(v.picklist(['medium', 'low'])),
  era: v.optional(v.picklist(['imperial'])),
});
// The build breaks when DateAnnotation gains a field the schema does not know (and would refuse).
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : never) : never;
export const DATES_IN_STEP: SameKeys<v.InferOutput<typeof DateSchema>, DateAnnotation> = true;

export const ExportedClipSchema = v.strictObject({
  id: Str(100),
  url: WebUrl,
  urls: v.pipe(v.array(WebUrl), v.maxLength(100)),
  title: Str(2000),
  site: Str(500),
  author: v.optional(Str(1000)),
  published: v.optional(v.strictObject({ gregorian: Day, jalali: Day, hijri: v.optional(Day) })),
  lang: v.picklist(['fa', 'ar', 'other']),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  excerpt: Str(5000),
  hasBody: v.boolean(),
  entities: v.pipe(v.array(v.strictObject({ id: Str(200), count: v.pipe(Int, v.minValue(1)) })), v.maxLength(10_000)),
  tags: v.pipe(v.array(Str(100)), v.maxLength(1000)),
  note: Str(100_000),
  read: v.boolean(),
  starred: v.boolean(),
  savedAt: Iso,
  updatedAt: Iso,
  html: Str(10 * 1024 * 1024),
  text: Str(5 * 1024 * 1024),
  dates: v.pipe(v.array(DateSchema), v.maxLength(100_000)),
});
export type ExportedClip = v.InferOutput<typeof ExportedClipSchema>;

export const ExportedEntitySchema = v.strictObject({ id: Str(200), type: v.picklist(ENTITY_TYPES), name: Names });

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: Iso,
  clips: v.pipe(v.array(ExportedClipSchema), v.maxLength(1_000_000)),
  entities: v.pipe(v.array(ExportedEntitySchema), v.maxLength(1_000_000)),
});
export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

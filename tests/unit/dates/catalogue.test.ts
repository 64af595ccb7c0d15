/**
 * Every example of the pattern catalogue (dates.md §2.5) comes out as it says, on a
 * page published Thursday 16 January 2025. The catalogue is read from dates.md.
 */
import { describe, expect, it } from 'vitest';
import { detectDates } from '../../../lib/dates/detect';
import { instantOf } from '../../../lib/dates/instant';
import { findTimes } from '../../../lib/dates/times';
import type { DateAnnotation } from '../../../lib/types';
import { catalogue, shiftIso, WEEKDAY_NAMES, weekdayOf, type CatalogueEntry } from './reference';

const { page, entries } = catalogue();
const langOf = (e: CatalogueEntry) => (e.lang.startsWith('ar') ? 'ar' : 'fa');
const detect = (e: CatalogueEntry) => detectDates(e.input, { lang: langOf(e), published: page.gregorian });

type Cal = 'gregorian' | 'jalali' | 'hijri';
type Day = Record<string, string | undefined>;

/** [first, last] of the annotation in a calendar; a whole month or year is given by its prefix. */
function span(a: DateAnnotation, cal: Cal): [string, string] {
  const value = a[cal]!;
  const end = a[`${cal}End` as const];
  return [value, end ?? value];
}

/** An expected day matches a value: exactly, as a prefix of a month or year value, or within ±tolerance days. */
function sameDay(actual: string, expected: string, tolerance = 0): boolean {
  if (actual.length < 10) return expected.startsWith(actual);
  if (expected.includes('YYYY')) return new RegExp(`^${expected.replace('YYYY', '\\d{4}')}$`).test(actual);
  for (let d = -tolerance; d <= tolerance; d++) if (actual.length === 10 && shiftIso(actual, d) === expected) return true;
  return actual === expected;
}

function checkEnds(a: DateAnnotation, start: Day | undefined, end: Day | undefined): void {
  for (const cal of ['gregorian', 'jalali', 'hijri'] as const) {
    const [first, last] = span(a, cal);
    if (start?.[cal]) expect(sameDay(first, start[cal]!), `${cal} start ${first} vs ${start[cal]}`).toBe(true);
    if (end?.[cal]) expect(sameDay(last, end[cal]!), `${cal} end ${last} vs ${end[cal]}`).toBe(true);
  }
  const [gFirst, gLast] = span(a, 'gregorian');
  if (start?.weekday && gFirst.length === 10) expect(weekdayOf(gFirst)).toBe(start.weekday);
  if (end?.weekday && gLast.length === 10) expect(weekdayOf(gLast)).toBe(end.weekday);
}

/** A single day, exact (Jalali, Gregorian) or within the stated tolerance (Hijri). */
function checkDay(a: DateAnnotation, x: Record<string, unknown>): void {
  const tolerance = typeof x.tolerance_days === 'number' ? x.tolerance_days : 0;
  const gregorian = (x.gregorian ?? x.gregorian_umalqura) as string | undefined;
  const jalali = (x.jalali ?? x.jalali_umalqura) as string | undefined;
  if (x.calendar) expect(a.calendar).toBe(x.calendar);
  expect(a.gregorianEnd).toBeUndefined();
  if (gregorian) expect(sameDay(a.gregorian, gregorian, tolerance), `gregorian ${a.gregorian} vs ${gregorian}`).toBe(true);
  if (jalali) expect(sameDay(a.jalali, jalali, tolerance), `jalali ${a.jalali} vs ${jalali}`).toBe(true);
  if (typeof x.hijri === 'string') expect(sameDay(a.hijri!, x.hijri), `hijri ${a.hijri} vs ${x.hijri}`).toBe(true);
  const weekday = (x.weekday ?? x.weekday_umalqura) as string | undefined;
  if (weekday && tolerance === 0) expect(weekdayOf(a.gregorian)).toBe(weekday);
  if (x.calendar === 'hijri') expect(a.approximate).toBe(true);
  if (typeof x.weekday_ok === 'boolean') expect(a.weekdayCheck).toBe(x.weekday_ok ? 'ok' : 'mismatch');
  if (typeof x.weekday_stated === 'string') expect(WEEKDAY_NAMES[a.weekdayStated!]).toBe(x.weekday_stated);
  if (x.year_inferred === true || typeof x.year_inferred_from === 'string') expect(a.inferred).toBe(true);
  if (x.confidence === 'low' || x.confidence === 'medium') expect(a.confidence).toBe(x.confidence);
}

function checkOne(e: CatalogueEntry, found: DateAnnotation[]): void {
  const x = e.expect;
  expect(found, 'one annotation').toHaveLength(1);
  const a = found[0]!;
  expect(a.text, 'the whole expression is marked').toBe(e.input);
  switch (x.kind) {
    case 'date':
    case 'datetime':
      checkDay(a, x);
      if (x.kind === 'datetime') {
        expect(a.time).toBe(x.time);
        expect(instantOf(a.gregorian, a.time!, x.timezone as string)).toBe(x.instant);
      }
      break;
    case 'relative': {
      const resolved = x.resolved as Day;
      expect(a.calendar).toBe('relative');
      checkEnds(a, resolved, resolved);
      expect(a.gregorianEnd).toBeUndefined();
      break;
    }
    case 'range':
    case 'month':
    case 'year':
    case 'year-range':
    case 'relative-range':
      expect(a.kind).toBe(x.kind === 'relative-range' ? a.kind : x.kind);
      if (x.kind === 'relative-range') expect(a.calendar).toBe('relative');
      else if (x.calendar === 'imperial') expect([a.calendar, a.era]).toEqual(['jalali', 'imperial']);
      else expect(a.calendar).toBe(x.calendar);
      if (x.kind === 'month') expect(a[x.calendar as Cal]).toBe(x.month);
      if (x.kind === 'year' && x.calendar !== 'imperial') expect(a[x.calendar as Cal]).toBe(String(x.year));
      checkEnds(a, x.start as Day, x.end as Day);
      break;
    default:
      throw new Error(`unknown kind ${x.kind}`);
  }
}

function checkDual(e: CatalogueEntry, found: DateAnnotation[]): void {
  const x = e.expect;
  expect(found, 'two halves').toHaveLength(2);
  const [first, second] = found as [DateAnnotation, DateAnnotation];
  expect([first.pairWith, second.pairWith]).toEqual([1, 0]);
  expect(first.pairAgrees).toBe(x.consistent);
  expect(second.pairAgrees).toBe(x.consistent);
  const halves = [x.jalali_part ?? x.hijri_part, x.gregorian_part] as Record<string, unknown>[];
  checkDay(first, halves[0]!);
  checkDay(second, halves[1]!);
  if (typeof x.weekday_ok === 'boolean') expect(first.weekdayCheck).toBe(x.weekday_ok ? 'ok' : 'mismatch');
  expect(e.input.slice(first.start, first.end)).toBe(first.text);
}

describe('pattern catalogue (dates.md §2.5)', () => {
  it('has all 112 entries', () => expect(entries).toHaveLength(112));

  it.each(entries.map((e) => [`${e.id} ${e.input}`, e] as const))('%s', (_, e) => {
    const found = detect(e);
    const kind = e.expect.kind;
    if (kind === 'none') expect(found).toEqual([]);
    else if (kind === 'time') {
      expect(found, 'a time alone is not a date').toEqual([]);
      expect(findTimes(e.input)).toEqual([e.expect.time]);
    } else if (kind === 'dual') checkDual(e, found);
    else checkOne(e, found);
  });
});

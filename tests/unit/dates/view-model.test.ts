/**
 * What the reader sees for a date: the other calendars in the interface language,
 * Persian digits in Persian, the weekday, the distance from today, «≈» on Hijri, and
 * the warnings. Values come from detectDates on real expressions.
 */
import { describe, expect, it } from 'vitest';
import { detectDates } from '../../../lib/dates/detect';
import { dateCardModel, type DateCardModel } from '../../../lib/dates/view-model';
import type { DateAnnotation } from '../../../lib/types';

const ALL = { calendars: { jalali: true, gregorian: true, hijri: true } };
const PAGE = '2025-01-16';

function annotation(text: string, lang: 'fa' | 'ar' = 'fa', index = 0): DateAnnotation {
  const found = detectDates(text, { lang, published: PAGE });
  expect(found.length).toBeGreaterThan(index);
  return found[index]!;
}

const row = (m: DateCardModel, calendar: string) => m.rows.find((r) => r.calendar === calendar);
const LATIN_DIGIT = /[0-9]/;

describe('dateCardModel', () => {
  it('shows a Jalali date in Gregorian and Hijri, with English month names', () => {
    const m = dateCardModel(annotation('۱۲ آذر ۱۴۰۳'), ALL, 'en', PAGE);
    expect(m.dir).toBe('ltr');
    expect(m.title).toMatch(/Azar 12, 1403/);
    expect(row(m, 'gregorian')?.value).toMatch(/December 2, 2024/);
    expect(row(m, 'gregorian')?.approximate).toBe(false);
    expect(row(m, 'hijri')).toMatchObject({ approximate: true });
    expect(row(m, 'jalali')).toBeUndefined();
    expect(m.weekday).toBe('Monday');
    expect(m.subtitle).toEqual({ key: 'dateWrittenIn', args: [{ key: 'calJalali' }] });
  });

  it('writes Persian with Persian digits, right to left', () => {
    const m = dateCardModel(annotation('16 يناير 2025', 'ar'), ALL, 'fa', PAGE);
    expect(m.dir).toBe('rtl');
    for (const text of [m.title, ...m.rows.map((r) => r.value), m.weekday!, m.fromToday]) expect(text).not.toMatch(LATIN_DIGIT);
    expect(row(m, 'jalali')?.value).toBe('۲۷ دی ۱۴۰۳');
    expect(m.weekday).toBe('پنجشنبه');
    expect(m.fromToday).toBe('امروز');
  });

  it('marks values that come through the Hijri calendar as approximate, with the ±1 day note', () => {
    const m = dateCardModel(annotation('١٥ رمضان ١٤٤٥ هـ', 'ar'), ALL, 'en', PAGE);
    expect(m.rows.every((r) => r.approximate)).toBe(true);
    expect(m.notes).toContainEqual({ key: 'dateHijriNote', args: [] });
  });

  it('warns when the stated weekday is wrong, naming both days', () => {
    const m = dateCardModel(annotation('دوشنبه ۲۷ دی ۱۴۰۳'), ALL, 'en', PAGE);
    expect(m.warnings).toEqual([{ key: 'dateWeekdayMismatch', args: ['Monday', 'Thursday'] }]);
  });

  it('warns when the two halves of a dual date disagree', () => {
    const a = annotation('۱۲ آذر ۱۴۰۳ (۳ دسامبر ۲۰۲۴)');
    expect(a.pairAgrees).toBe(false);
    expect(dateCardModel(a, ALL, 'en', PAGE).warnings).toContainEqual({ key: 'datePairDisagrees', args: [] });
    expect(dateCardModel(annotation('۱۲ آذر ۱۴۰۳ (۲ دسامبر ۲۰۲۴)'), ALL, 'en', PAGE).warnings).toEqual([]);
  });

  it('leaves out the calendars the reader turned off', () => {
    const m = dateCardModel(annotation('۱۲ آذر ۱۴۰۳'), { calendars: { jalali: true, gregorian: true, hijri: false } }, 'en', PAGE);
    expect(m.rows.map((r) => r.calendar)).toEqual(['gregorian']);
  });

  it('shows a range as a range, and a month or year whole', () => {
    expect(dateCardModel(annotation('۱۹ تا ۲۵ مهر ۱۴۰۰'), ALL, 'en', PAGE).rows[0]!.value).toMatch(/October 11\s–\s17, 2021/);
    expect(dateCardModel(annotation('۱۹ تا ۲۵ مهر ۱۴۰۰'), ALL, 'fa', PAGE).title).toMatch(/۱۹ تا ۲۵ مهر ۱۴۰۰/);
    expect(dateCardModel(annotation('يوليو 2014', 'ar'), ALL, 'en', PAGE).title).toBe('July 2014');
    const year = dateCardModel(annotation('سال ۱۴۰۳'), ALL, 'en', PAGE);
    expect(year.title).toMatch(/1403/);
    expect(row(year, 'gregorian')?.value).toMatch(/March 20, 2024\s–\sMarch 20, 2025/);
    expect(year.ongoing).toBe(true);
    expect(year.weekday).toBeUndefined();
  });

  it('resolves relative dates and says so', () => {
    const m = dateCardModel(annotation('دیروز'), ALL, 'en', PAGE);
    expect(m.subtitle.key).toBe('dateWrittenRelative');
    expect(m.title).toMatch(/Dey 26, 1403/);
    expect(m.fromToday).toBe('yesterday');
  });

  it('says how long ago or ahead a date is from today', () => {
    const a = annotation('۱۲ آذر ۱۴۰۳');
    expect(dateCardModel(a, ALL, 'en', '2024-12-05').fromToday).toBe('3 days ago');
    expect(dateCardModel(a, ALL, 'en', '2024-10-01').fromToday).toBe('in 2 months');
    expect(dateCardModel(a, ALL, 'fa', '2026-12-02').fromToday).toBe('۲ سال پیش');
  });

  it('carries the time and the inferred year as notes', () => {
    const m = dateCardModel(annotation('۵ فروردین ساعت ۱۸:۲۳'), ALL, 'fa', PAGE);
    expect(m.notes).toContainEqual({ key: 'dateYearInferred', args: [] });
    expect(m.notes).toContainEqual({ key: 'dateAtTime', args: ['۱۸:۲۳'] });
  });
});

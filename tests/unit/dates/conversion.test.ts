/**
 * Conversion against the specification's known answers: the vectors of dates.md §1.6
 * (through the converter and as written dates) and the official leap years §1.4.
 */
import { describe, expect, it } from 'vitest';
import { isValidJalali, jalaliMonthLength, jalaliToJdn } from '../../../lib/dates/convert-jalali';
import { hijriToJdn, jdnToHijri } from '../../../lib/dates/convert-hijri';
import { gregorianToJdn, isoOf, jdnToGregorian, weekdayOfJdn } from '../../../lib/dates/day-number';
import { detectDates } from '../../../lib/dates/detect';
import { knownAnswerVectors, officialLeapYears, WEEKDAY_NAMES, weekdayOf } from './reference';

const vectors = knownAnswerVectors();
const ymd = (s: string) => s.split(/[/-]/).map(Number) as [number, number, number];

describe('known-answer vectors (dates.md §1.6)', () => {
  it('has the vectors', () => expect(vectors.length).toBeGreaterThan(40));

  it.each(vectors.map((v) => [v.input, v] as const))('%s converts as published', (_, v) => {
    const [y, m, d] = ymd(v.input);
    if (v.calendar === 'jalali') {
      expect(isValidJalali(y, m, d)).toBe(v.expected_gregorian !== null);
      if (v.expected_gregorian === null) return;
      const g = jdnToGregorian(jalaliToJdn(y, m, d));
      expect(isoOf(g.y, g.m, g.d)).toBe(v.expected_gregorian);
    }
    if (v.weekday) {
      const jdn = gregorianToJdn(...ymd(v.expected_gregorian!));
      expect(WEEKDAY_NAMES[weekdayOfJdn(jdn)]).toBe(v.weekday);
      expect(weekdayOf(v.expected_gregorian!)).toBe(v.weekday);
    }
  });

  it.each(vectors.map((v) => [v.input, v] as const))('%s written in a Persian text is read right, or not at all when invalid', (_, v) => {
    const text = v.calendar === 'jalali' ? `تاریخ ${v.input} ه.ش` : `تاریخ ${v.input}`;
    const found = detectDates(text, { lang: 'fa' });
    if (v.expected_gregorian === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ calendar: v.calendar, gregorian: v.expected_gregorian, jalali: v.expected_jalali });
  });
});

describe('official leap years 1206–1498 AP (dates.md §1.4)', () => {
  const official = officialLeapYears();

  it('lists 71 leap years, with the five-year gaps at 1375, 1408, 1441, 1474', () => {
    expect(official.size).toBe(71);
    for (const y of [1375, 1408, 1441, 1474]) expect([official.has(y), official.has(y - 4)]).toEqual([true, false]);
  });

  it('Esfand has 30 days exactly in the official leap years', () => {
    const wrong: number[] = [];
    for (let y = 1206; y <= 1498; y++) if ((jalaliMonthLength(y, 12) === 30) !== official.has(y)) wrong.push(y);
    expect(wrong).toEqual([]);
  });

  it('30 Esfand is a date in 1403 and not in 1404', () => {
    expect(detectDates('۳۰ اسفند ۱۴۰۳', { lang: 'fa' })[0]?.gregorian).toBe('2025-03-20');
    expect(detectDates('۳۰ اسفند ۱۴۰۴', { lang: 'fa' })).toEqual([]);
  });
});

describe('Hijri through Umm al-Qura (dates.md §1.7)', () => {
  it.each([
    ['Ramadan 1445', 1445, 9, '2024-03-11'],
    ['Shawwal 1444', 1444, 10, '2023-04-21'],
    ['Muharram 1447', 1447, 1, '2025-06-26'],
    ['Dhu al-Hijjah 1450', 1450, 12, '2029-04-15'],
  ] as const)('1 %s starts on %s', (_, y, m, iso) => {
    const g = jdnToGregorian(hijriToJdn(y, m, 1)!.jdn);
    expect(isoOf(g.y, g.m, g.d)).toBe(iso);
  });

  it('round-trips every day of 1440–1450 AH', () => {
    const from = hijriToJdn(1440, 1, 1)!.jdn;
    const to = hijriToJdn(1450, 12, 29)!.jdn;
    for (let jdn = from; jdn <= to; jdn++) {
      const h = jdnToHijri(jdn);
      expect(hijriToJdn(h.y, h.m, h.d)).toEqual({ jdn, overflow: false });
    }
  });
});

/**
 * Fuzzing (fast-check): detectDates never throws on any string — lone surrogates,
 * bidi controls, a megabyte of digits, random date-like word salad — and what it
 * returns is always well formed: spans in bounds, in order, not overlapping, the
 * text being the original slice, pairs pointing at each other.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDates } from '../../../lib/dates/detect';
import type { DateAnnotation } from '../../../lib/types';

function wellFormed(input: string, found: DateAnnotation[]): void {
  let previousEnd = 0;
  found.forEach((a, i) => {
    expect(a.start).toBeGreaterThanOrEqual(previousEnd);
    expect(a.end).toBeGreaterThan(a.start);
    expect(a.end).toBeLessThanOrEqual(input.length);
    expect(a.text).toBe(input.slice(a.start, a.end));
    expect(a.gregorian).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    if (a.pairWith !== undefined) expect(found[a.pairWith]?.pairWith).toBe(i);
    previousEnd = a.end;
  });
}

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const langs = fc.constantFrom('fa' as const, 'ar' as const, 'other' as const);
const published = fc.option(fc.oneof(fc.constantFrom('2025-01-16', '1990-02-28', '2099-12-31', '0001-01-01', '9999-12-31', 'not a date'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), { nil: undefined });

/** Pieces of date expressions, in every script and with the characters fold drops. */
const PIECES = [
  '۱۲', '١٤٠٣', '1403', '27', '2025', '۰۱', '92', '30', '31', '/', '-', '.', ':', '،', '٬', ',', '(', ')', ' ', '\n', '\u200c', '\u200d', '\u200f', '\u202b', '\u0640', '\u064b',
  'آذر', 'دی', 'ماه', 'مهر', 'اسفند', 'فروردین', 'ژانویهٔ', 'اکتبر', 'آذار', 'آب', 'تشرين الأول', 'يناير/كانون الثاني', 'رمضان', 'ذی‌الحجه', 'March',
  'پنج‌شنبه', 'سه شنبه', 'الخميس', 'روز', 'يوم', 'شب', 'امروز', 'اليوم', 'دیروز', 'بعد غد', 'سال', 'هفته', 'گذشته', 'آینده', 'المقبل', 'میلادی', 'ه.ش', 'هـ', 'م', 'ق.م',
  'تا', 'الی', 'و', 'إلى', 'من', 'بين', 'از', 'الموافق', 'برابر با', 'ساعت', 'ب.ظ', 'میدان', 'کد خبر', 'نفر', 'في', 'در', 'ابتدای', 'اواخر', 'سی', 'ام', 'دوازدهم',
];
const salad = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const spacedSalad = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(' '));

describe('detectDates under fuzzing', () => {
  it('handles any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 200 }), langs, published, (s, lang, pub) => {
      wellFormed(s, detectDates(s, { lang, published: pub }));
    }), { numRuns: 400 });
  });

  it('handles date-like word salad in every digit system', () => {
    fc.assert(fc.property(fc.oneof(salad, spacedSalad), langs, published, (s, lang, pub) => {
      wellFormed(s, detectDates(s, { lang, published: pub }));
    }), { numRuns: 1500 });
  });

  it('handles a megabyte of digits, and of dates', () => {
    for (const s of ['۱'.repeat(1_000_000), '1403/09/12 '.repeat(90_000), '\u202b۱۲\u200fآذر\u200c۱۴۰۳ '.repeat(60_000)]) {
      const found = detectDates(s, { lang: 'fa', published: '2025-01-16' });
      wellFormed(s, found.slice(0, 2000));
    }
  });

  it('reads dates through bidi controls and joiners', () => {
    const s = '\u202b۱۲\u200f آذر\u200c ۱۴۰۳\u202c';
    const [a] = detectDates(s, { lang: 'fa' });
    expect(a).toMatchObject({ gregorian: '2024-12-02', text: '۱۲\u200f آذر\u200c ۱۴۰۳' });
  });
});

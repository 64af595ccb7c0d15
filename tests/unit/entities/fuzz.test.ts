/** Property tests: whatever the text, the matcher returns well-formed, ordered, non-overlapping marks. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureMatcher } from './fixture';

/** Pieces real text is made of, including the awkward ones, and names the fixture knows. */
const PIECES = [
  'ا', 'ب', 'ی', 'ي', 'ک', 'ك', 'ه', 'ة', 'ۀ', 'ئ', 'أ', 'آ', 'ل', 'و', 'ف', 'ن', 'م', 'ر', 'س', 'د',
  '\u200c', '\u200d', ' ', '  ', '\n', '\u00a0', '،', '.', '(', ')', '«', '»', '-', '\u064e', '\u0654', '\u0640', '\ufeeb', '\ufefb',
  '۱۴۰۳', '2231', 'A', 'IAEA', 'ECO', '\ud83d\ude00', '\ud800',
  'ایران', 'ایرانی', 'سوریه', 'ترکیه‌ای', 'عراقچی', 'سیدعباس', 'عباس عراقچی', 'علی رضا', 'حقیقیان', 'فارس', 'به گزارش', 'خلیج',
  'دوشنبه', 'شهر', 'آستانه', 'روند', 'اکو', 'اجلاس', 'حلب', 'حلبی', 'للأمم المتحدة', 'وبالعراق', 'المملكة', 'الرياض', 'کنعانی', 'ناصر',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

describe('matcher fuzz', () => {
  it.each(['fa', 'ar'] as const)('never throws and returns sound spans (%s)', (lang) => {
    fc.assert(fc.property(text, fc.constantFrom(undefined, '2015-07-14', '2024-08-20'), (input, published) => {
      const marks = fixtureMatcher().match(input, { lang, published });
      let last = 0;
      for (const m of marks) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(input.length);
        expect(m.text).toBe(input.slice(m.start, m.end));
        last = m.end;
      }
    }), { numRuns: 400 });
  });

  it('copes with arbitrary UTF-16 input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
      for (const m of fixtureMatcher().match(input, { lang: 'fa' })) expect(m.text).toBe(input.slice(m.start, m.end));
    }), { numRuns: 300 });
  });
});

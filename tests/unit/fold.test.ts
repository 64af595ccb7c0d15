import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldKey, originalSpan } from '@/lib/text/fold';

describe('folding Persian and Arabic text for matching', () => {
  it.each([
    ['می‌شود', 'میشود'],
    ['كنعاني', 'کنعانی'],
    ['بقائی', 'بقایی'],
    ['کرهٔ شمالی', 'کره شمالی'],
    ['ســوریه', 'سوریه'],
    ['محمّدٌ', 'محمد'],
    ['١٤٠٣/۰۶/28', '1403/06/28'],
    ['ﮐﻨﻌﺎﻧﯽ', 'کنعانی'],
    ['أمين إيران آستانه', 'امین ایران استانه'],
    ['هـ.ش', 'ه.ش'],
    ['\u200fسلام\u200e', 'سلام'],
    ['۱٬۴۰۳ نفر', '1,403 نفر'],
  ])('%s folds to %s', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('collapses spaces but keeps line breaks as breaks', () => {
    expect(fold('a \u00a0 b\n\n  c').text).toBe('a b\nc');
  });

  it('maps a match in folded text back to the original characters, diacritics included', () => {
    const original = 'دیدار با سیدعباس عراقچیّ، وزیر';
    const f = fold(original);
    const i = f.text.indexOf('عراقچی');
    const [a, b] = originalSpan(original, f, i, i + 'عراقچی'.length);
    expect(original.slice(a, b)).toBe('عراقچیّ');
  });

  it('folds an isolated diacritic away like any diacritic, without the space NFKC gives it (found by npm run fuzz)', () => {
    expect(fold('ﹾ').text).toBe('');
    expect(fold('عباسﹰ عراقچی').text).toBe('عباس عراقچی');
    expect(fold('بﹾب').text).toBe('بب');
  });

  it('collapses the spaces around a presentation form that folds to nothing, or to words (found by npm run fuzz)', () => {
    expect(fold('﮲\t').text).toBe('');
    expect(fold('a ﮲ b').text).toBe('a b');
    expect(fold('محمد ﷺ  گفت').text).toBe('محمد صلی الله علیه وسلم گفت');
  });

  it('foldKey trims', () => {
    expect(foldKey('  تحریم‌ها ')).toBe('تحریمها');
  });

  it('keeps the offset map monotonic and in bounds for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const f = fold(s);
      expect(f.map.length).toBe(f.text.length + 1);
      expect(f.map[f.text.length]).toBe(s.length);
      for (let i = 1; i < f.map.length; i++) expect(f.map[i]!).toBeGreaterThanOrEqual(f.map[i - 1]!);
      for (let i = 0; i + 1 <= f.text.length; i++) {
        const [a, b] = originalSpan(s, f, i, i + 1);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(s.length);
        expect(b).toBeGreaterThan(a);
      }
    }), { numRuns: 300 });
  });
});

/**
 * Things that look like dates in news and are not (dates.md §2.4 rule 10, §2.6), and
 * real news patterns around them that must still come out right.
 */
import { describe, expect, it } from 'vitest';
import { detectDates } from '../../../lib/dates/detect';

const PAGE = '2025-01-16';
const find = (text: string, lang: 'fa' | 'ar') => detectDates(text, { lang, published: PAGE });

const TRAPS: [string, 'fa' | 'ar', string][] = [
  ['تلفن: 021-88776655 و همراه 0912-123-4567', 'fa', 'phone numbers'],
  ['قیمت هر سکه ۱۴۰۳ تومان شد و ۱٬۴۰۳ نفر آمدند', 'fa', 'a price and a count with a thousands separator'],
  ['ماه صفر و رجب و بهمن و مهر و تیر و دی', 'fa', 'month names alone'],
  ['در نیسان سفر کردم و سيارة نيسان', 'ar', 'Nissan'],
  ['3 آذار 2024', 'fa', 'Levantine March read in Persian text'],
  ['۱۵ آب ۲۰۲۳ و ۱۵ لیتر آب', 'fa', 'آب is water in Persian'],
  ['النتيجة 2-1 لصالح الهلال و نتیجه ۲-۱', 'ar', 'scores'],
  ['کد خبر: 1031921 و کد خبر: ۱۴۰۳۰۹۲۶۰۰۱', 'fa', 'news codes'],
  ['تحت قطعنامه 2231 و القرار رقم 2216', 'fa', 'resolution numbers'],
  ['در اجلاس گروه دي 8 در جزيره بالي', 'fa', 'the D-8 group'],
  ['21 گلوله توپ شلیک شد', 'fa', 'a 21-gun salute'],
  ['// انتهى //\n 18:12 ت م', 'ar', 'an SPA filing time'],
  ['میدان ۷ تیر، خیابان ۱۷ شهریور و بنیاد ۱۵ خرداد', 'fa', 'places named after dates'],
  ['ثورة 25 يناير', 'ar', 'a revolution named after its day'],
  ['به گزارش خبرگزاری مهر، رجب طیب اردوغان و بهمن خودرو', 'fa', 'names that are month names'],
  ['دوشنبه بازار، امام جمعه و نماز جمعه، شهر زیبای دوشنبه', 'fa', 'weekday names in names'],
  ['نشست سران در دوشنبه برگزار شد', 'fa', 'Dushanbe'],
  ['کووید-19 و جنيف 1 و ۱.۸ میلیارد دلار و 14.1 %', 'fa', 'numbers with hyphens and decimals'],
  ['۵۰۰ ق.م', 'fa', 'a BC year'],
  ['طی ۱۵ ماه گذشته و دو روز پیش از انتخابات', 'fa', 'durations and counts from another event'],
  ['آذربایجان، دی‌ان‌ای، حمل و نقل، بشار اسد', 'fa', 'words containing or equal to month names'],
  ['192.168.1.1 و نسخه 1.2.3.4', 'fa', 'addresses and version numbers'],
  ['اليوم الوطني السعودي', 'ar', '«the national day», not today'],
];

describe('traps', () => {
  it.each(TRAPS)('%s (%s): %s', (text, lang) => {
    expect(find(text, lang)).toEqual([]);
  });

  it('reads a plan name «۱۴۰۳-۱۴۰۷» as a span of years, never as a date', () => {
    const [a, ...rest] = find('برنامه هفتم توسعه ۱۴۰۳-۱۴۰۷', 'fa');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ kind: 'year-range', calendar: 'jalali', text: '۱۴۰۳-۱۴۰۷', jalali: '1403-01-01', jalaliEnd: '1407-12-29' });
  });

  it('reads آذار as March in Arabic and آذر as Azar in both languages', () => {
    expect(find('3 آذار 2024', 'ar')[0]).toMatchObject({ gregorian: '2024-03-03', calendar: 'gregorian' });
    expect(find('3 آذر 1402', 'fa')[0]).toMatchObject({ jalali: '1402-09-03', calendar: 'jalali' });
  });
});

describe('news patterns', () => {
  it('SPA dateline: a Hijri and a Gregorian date that agree, both marked and linked', () => {
    const found = find('الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس', 'ar');
    expect(found.map((a) => [a.text, a.calendar, a.gregorian, a.pairWith, a.pairAgrees])).toEqual([
      ['26 شوال 1436 هـ', 'hijri', '2015-08-11', 1, true],
      ['11 أغسطس 2015 م', 'gregorian', '2015-08-11', 0, true],
    ]);
  });

  it('dateline with a time and a news code', () => {
    const found = find('1401/06/28 - 11:36 - کد خبر: 75316', 'fa');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ jalali: '1401-06-28', gregorian: '2022-09-19', time: '11:36', text: '1401/06/28 - 11:36' });
  });

  it('two-digit years and eras', () => {
    expect(find('22 بهمن 57', 'fa')[0]).toMatchObject({ gregorian: '1979-02-11', inferred: true });
    expect(find('۱۵ خرداد ۱۳۴۲ هجری شمسی', 'fa')[0]).toMatchObject({ gregorian: '1963-06-05' });
    expect(find('۱۰ محرم سال ۶۱ هجری', 'fa')[0]).toMatchObject({ hijri: '0061-01-10', calendar: 'hijri', approximate: true });
  });

  it('Arabic: «من» between day and month, ordinal days, and which occurrence', () => {
    expect(find('في 15 من شهر رمضان 1445', 'ar')[0]).toMatchObject({ hijri: '1445-09-15' });
    expect(find('في العاشر من أكتوبر 2023', 'ar')[0]).toMatchObject({ gregorian: '2023-10-10' });
    expect(find('يوم 5 يونيو الماضي', 'ar')[0]).toMatchObject({ gregorian: '2024-06-05' });
    expect(find('في 5 يونيو المقبل', 'ar')[0]).toMatchObject({ gregorian: '2025-06-05' });
    expect(find('5 يونيو من العام الماضي', 'ar')[0]).toMatchObject({ gregorian: '2024-06-05' });
  });

  it('a yearless date listed after a dated one takes its year', () => {
    const found = find('در 14 تیر 1402 و 15 تیر', 'fa');
    expect(found.map((a) => a.jalali)).toEqual(['1402-04-14', '1402-04-15']);
  });

  it('relative expressions resolved from the page (Thursday 16 January 2025)', () => {
    expect(find('منذ ثلاثة أيام', 'ar')[0]).toMatchObject({ gregorian: '2025-01-13', calendar: 'relative' });
    expect(find('قال الوزير يوم الأحد الماضي', 'ar')[0]).toMatchObject({ gregorian: '2025-01-12' });
    expect(find('وزیر روز دوشنبه گفت', 'fa')[0]).toMatchObject({ gregorian: '2025-01-13' });
    expect(find('روز دوشنبه سفر خواهد کرد', 'fa')[0]).toMatchObject({ gregorian: '2025-01-20' });
    expect(find('اواخر سال ۱۴۰۲', 'fa')[0]).toMatchObject({ kind: 'range', jalali: '1402-09-01', jalaliEnd: '1402-12-29' });
    expect(find('مطلع العام المقبل', 'ar')[0]).toMatchObject({ gregorian: '2026-01-01' });
  });

  it('«أمس الأول» is the day before yesterday; a weekday before «الموافق» belongs to the date', () => {
    expect(find('أمس الأول', 'ar')[0]).toMatchObject({ gregorian: '2025-01-14' });
    expect(find('يوم الجمعة الموافق 17 يوليو 2015', 'ar')[0]).toMatchObject({ gregorian: '2015-07-17', weekdayCheck: 'ok' });
  });

  it('«ماه مه ۲۰۲۴» is May even though «مه» alone is fog', () => {
    expect(find('در ماه مه ۲۰۲۴', 'fa')[0]).toMatchObject({ gregorian: '2024-05', kind: 'month' });
    expect(find('مه ۲۰۲۴', 'fa')).toEqual([]);
  });

  it('keeps a wrong weekday next to a relative word, flagged', () => {
    expect(find('دیروز (دوشنبه)', 'fa')[0]).toMatchObject({ gregorian: '2025-01-15', weekdayCheck: 'mismatch', weekdayStated: 1 });
  });
});

/** Spelling variation the matcher must see through (entities.md §2.3, issue 4 part 2). */
import { describe, expect, it } from 'vitest';
import { linked, marks } from './fixture';

describe('names written in any spelling', () => {
  it('links «سیدعباس عراقچی» and «سید عباس عراقچی» to Abbas Araghchi, honorific included', () => {
    expect(marks('سیدعباس عراقچی در نشست خبری گفت')).toEqual([['سیدعباس عراقچی', 'Abbas Araghchi']]);
    expect(marks('سید عباس عراقچی در نشست خبری گفت')).toEqual([['سید عباس عراقچی', 'Abbas Araghchi']]);
  });

  it('links a given name written joined or split (علیرضا / علی رضا / علی‌رضا)', () => {
    for (const name of ['علیرضا حقیقیان', 'علی رضا حقیقیان', 'علی‌رضا حقیقیان']) {
      expect(marks(`${name} دستیار وزیر گفت`)).toEqual([[name, 'Alireza Haghighian']]);
    }
    expect(linked('اعتبر علي رضا حقيقيان التعاون الاقليمي', 'ar')).toEqual(['Alireza Haghighian']);
  });

  it('links «محمد جواد ظریف» although the gazetteer writes «محمدجواد ظریف»', () => {
    expect(linked('محمد جواد ظریف به مسکو رفت')).toEqual(['Mohammad Javad Zarif']);
  });

  it('ignores a lost, added or spaced ZWNJ (خطیب‌زاده / خطیبزاده / خطیب زاده)', () => {
    for (const name of ['سعید خطیب‌زاده', 'سعید خطیبزاده', 'سعید خطیب زاده']) expect(linked(`${name} گفت`)).toEqual(['Saeed Khatibzadeh']);
    expect(linked('تحریم ها و تحریمها و تحریم‌ها')).toEqual(['Sanctions', 'Sanctions', 'Sanctions']);
  });

  it('treats Arabic ي/ك and Persian ی/ک alike', () => {
    expect(linked('ناصر كنعاني سخنگوی وزارت خارجه')).toEqual(['Nasser Kanaani']);
    expect(linked('قال ناصر کنعانی', 'ar')).toEqual(['Nasser Kanaani']);
  });

  it('treats hamza seats alike (بقائی / بقایی)', () => {
    expect(linked('اسماعیل بقایی گفت')).toEqual(['Esmaeil Baghaei']);
    expect(linked('اسماعیل بقائی گفت')).toEqual(['Esmaeil Baghaei']);
  });

  it('ignores diacritics, tatweel and presentation forms', () => {
    expect(linked('سـوریـه و تُرکیّه')).toEqual(['Syria', 'Turkey']);
  });

  it('finds the Arabic press spelling of a Persian name (گروسی → جروسي, غروسي)', () => {
    expect(linked('صرح رافائل جروسي', 'ar')).toEqual(['Rafael Grossi']);
    expect(linked('صرح رافائل غروسي', 'ar')).toEqual(['Rafael Grossi']);
  });
});

describe('Persian suffixes', () => {
  it('links a country with ezafe or adjective suffixes (ترکیه‌ای, سوریه‌ی, آمریکای)', () => {
    expect(marks('مقامات ترکیه‌ای گفتند')).toEqual([['ترکیه', 'Turkey']]);
    expect(marks('سوریه‌ی جدید')).toEqual([['سوریه', 'Syria']]);
    expect(marks('سیاست آمریکای ترامپ')).toEqual([['آمریکا', 'United States']]);
    expect(marks('تحریم‌هایی که')).toEqual([['تحریم', 'Sanctions']]);
  });

  it('does not link demonyms and other words made from a name (ایرانی, ایرانیان, آمریکایی, تهرانی)', () => {
    expect(linked('یک مقام ایرانی و دیپلمات‌های ایرانیان و طرف آمریکایی و آقای تهرانی')).toEqual([]);
  });
});

describe('Arabic proclitics', () => {
  it.each([
    ['وسوريا', 'سوريا', 'Syria'],
    ['لسوريا', 'سوريا', 'Syria'],
    ['بالعراق', 'العراق', 'Iraq'],
    ['والعراق', 'العراق', 'Iraq'],
    ['وبالعراق', 'العراق', 'Iraq'],
    ['فإيران', 'إيران', 'Iran'],
    ['كالسودان', 'السودان', 'Sudan'],
  ])('links «%s» to the name without its proclitic', (word, name, en) => {
    expect(marks(`قال ${word} اليوم`, 'ar')).toEqual([[name, en]]);
  });

  it('links «للأمم المتحدة» (ل + ال with the alef dropped), keeping the preposition in the mark', () => {
    expect(marks('رسالة للأمم المتحدة', 'ar')).toEqual([['للأمم المتحدة', 'United Nations']]);
  });
});

describe('word boundaries', () => {
  it('never marks a name inside a longer word', () => {
    expect(linked('در ایرانشهر مصرف چای زیاد است')).toEqual([]);
    expect(linked('الصينية والإيرانية', 'ar')).toEqual([]);
  });

  it('matches Latin acronyms case-sensitively', () => {
    expect(linked('آژانس (IAEA) و ECO')).toEqual(['International Atomic Energy Agency', 'Economic Cooperation Organization']);
    expect(linked('iaea و eco')).toEqual([]);
  });
});

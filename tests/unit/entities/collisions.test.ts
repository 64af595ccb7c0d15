/**
 * Words that are also common words or other things, and names that share a form
 * (entities.md §5.3): a reader must never see «خلیج فارس» explained as a news agency.
 */
import { describe, expect, it } from 'vitest';
import { linked, marks } from './fixture';

describe('news agencies named like common words', () => {
  it('links «فارس» after «به گزارش» to Fars News Agency, and «خبرگزاری فارس» always', () => {
    expect(marks('به گزارش فارس، وزیر گفت')).toEqual([['فارس', 'Fars News Agency']]);
    expect(linked('به نقل از فارس و در گفت‌وگو با فارس')).toEqual(['Fars News Agency', 'Fars News Agency']);
    expect(linked('خبرگزاری فارس گزارش داد')).toEqual(['Fars News Agency']);
  });

  it('does not link «خلیج فارس», «استان فارس» or «زبان فارسی», even in a Fars report', () => {
    expect(linked('به گزارش خبرگزاری فارس، نفتکش در خلیج فارس توقیف شد. استان فارس و زبان فارسی')).toEqual(['Fars News Agency']);
  });

  it('links «مهر» to Mehr News Agency only as a source, never the month', () => {
    expect(linked('به گزارش مهر، مذاکرات ادامه دارد')).toEqual(['Mehr News Agency']);
    expect(linked('از ۱۵ مهر ۱۴۰۳ تا اول مهر ماه و مهر و محبت')).toEqual([]);
  });

  it('links the dateline «(واس)» to the Saudi Press Agency', () => {
    expect(linked('الرياض 25 شوال (واس) أكد الوزير', 'ar')).toEqual(['Riyadh', 'Saudi Press Agency']);
  });
});

describe('places named like common words', () => {
  it('reads «دوشنبه» as Monday unless the text says it is the city', () => {
    expect(linked('روز دوشنبه وزیر به تهران رفت')).toEqual(['Tehran']);
    expect(linked('دوشنبه گذشته نشست برگزار شد')).toEqual([]);
    expect(linked('یک روز پرکار در شهر زیبای دوشنبه تاجیکستان')).toEqual(['Dushanbe', 'Tajikistan']);
    expect(linked('دوشنبه پایتخت تاجیکستان است')).toEqual(['Dushanbe', 'Tajikistan']);
  });

  it('prefers «روند آستانه» (the process) to آستانه, and leaves «در آستانه سفر» alone', () => {
    expect(marks('نشست روند آستانه به زودی برگزار می‌شود')).toEqual([['روند آستانه', 'Astana peace process']]);
    expect(linked('در آستانه سفر وزیر')).toEqual([]);
  });

  it('does not read «حلبی» (tinplate) as Aleppo, but «شهر حلب» is Aleppo', () => {
    expect(linked('قوطی حلبی')).toEqual([]);
    expect(linked('حملات به شهر حلب')).toEqual(['Aleppo']);
  });

  it('tells Oman from Amman in Arabic by context', () => {
    expect(linked('وصل إلى العاصمة الأردنية عمان', 'ar')).toEqual(['Amman']);
    expect(linked('سلطنة عمان ووزير خارجية عمان', 'ar')).toEqual(['Oman', 'Oman']);
    expect(linked('قال إن عمان مستعدة', 'ar')).toEqual([]);
  });

  it('reads «المملكة» as Saudi Arabia in a text about Saudi places or people only', () => {
    expect(linked('أكد في الرياض أن المملكة تدعم', 'ar')).toEqual(['Riyadh', 'Saudi Arabia']);
    expect(linked('قال إن المملكة تدعم', 'ar')).toEqual([]);
  });

  it('reads «مالی» and «آذربایجان» as countries only with a cue', () => {
    expect(linked('مسائل مالی و آذربایجان شرقی')).toEqual([]);
    expect(linked('کشور مالی و وزیر خارجه باکو درباره آذربایجان')).toEqual(['Mali', 'Baku', 'Azerbaijan']);
  });

  it('tells the Saudi region «منطقتي مكة المكرمة» from the city of Mecca', () => {
    expect(linked('على مناطق جازان وعسير تمتد الى مرتفعات منطقتي مكة المكرمة', 'ar')).toEqual(['Makkah Region']);
    expect(linked('جامعة في مكة المكرمة', 'ar')).toEqual(['Mecca']);
  });
});

describe('organisations', () => {
  it('links the acronym «اکو» in summit context or next to its full name, not as "echo"', () => {
    expect(linked('اجلاس اکو در تهران')).toEqual(['Economic Cooperation Organization', 'Tehran']);
    expect(linked('سازمان همکاری اقتصادی (اکو)')).toEqual(['Economic Cooperation Organization', 'Economic Cooperation Organization']);
    expect(linked('صدای اکو در سالن')).toEqual([]);
  });

  it('takes the longest name: OECD is not ECO', () => {
    expect(marks('سازمان همکاری و توسعه اقتصادی')).toEqual([['سازمان همکاری و توسعه اقتصادی', 'OECD']]);
  });

  it('knows «وزارت خارجه ایران» and «وزارت امور خارجه جمهوری اسلامی ایران» are the ministry', () => {
    expect(linked('وزارت خارجه ایران اعلام کرد')).toEqual(['Ministry of Foreign Affairs of Iran']);
    expect(linked('وزارت امور خارجه جمهوری اسلامی ایران اعلام کرد')).toEqual(['Ministry of Foreign Affairs of Iran']);
  });

  it('reads «وزير الخارجية الأمريكية» as a title, not the State Department', () => {
    expect(linked('عقب لقائه وزير الخارجية الأمريكية جون', 'ar')).toEqual([]);
    expect(linked('أعلنت الخارجية الأمريكية', 'ar')).toEqual(['US Department of State']);
  });

  it('never lets a glossary term hide a name («فشار حداکثری آمریکا»)', () => {
    expect(marks('سیاست فشار حداکثری آمریکا')).toEqual([['فشار حداکثری', 'Maximum pressure'], ['آمریکا', 'United States']]);
  });
});

describe('surnames', () => {
  it('links a surname alone to the person named in full in the same text, before or after', () => {
    expect(linked('کنایه خطیب‌زاده به آمریکا. سعید خطیب‌زاده گفت')).toEqual(['Saeed Khatibzadeh', 'United States', 'Saeed Khatibzadeh']);
    expect(linked('ناصر کنعانی گفت. کنعانی افزود')).toEqual(['Nasser Kanaani', 'Nasser Kanaani']);
  });

  it('does not link a surname alone with nothing to go on', () => {
    expect(linked('کنعانی افزود')).toEqual([]);
    expect(linked('نگاهی ظریف به موضوع')).toEqual([]);
  });

  it('links a surname after a title or honorific (سخنگوی…, آقای, الرئيس)', () => {
    expect(linked('سخنگوی وزارت خارجه کنعانی گفت')).toEqual(['Nasser Kanaani']);
    expect(linked('همکار عزیزم جناب آقای فیدان')).toEqual(['Hakan Fidan']);
  });

  it('links «(محمد جواد) ظريف» through the brackets', () => {
    expect(linked('دعاني نظيري الايراني (محمد جواد) ظريف', 'ar')).toEqual(['Mohammad Javad Zarif']);
  });

  it('between two people with the surname, picks the one in office on the article date', () => {
    expect(linked('رهبر انقلاب آیت‌الله خامنه‌ای گفت', 'fa', '2020-01-01')).toEqual(['Ali Khamenei']);
    expect(linked('رهبر انقلاب آیت‌الله خامنه‌ای گفت', 'fa', '2026-06-01')).toEqual(['Mojtaba Khamenei']);
  });

  it('links a surname followed by the person\'s own office on the date («سليماني وزير ارتباطات», 2006)', () => {
    expect(linked('منوچهر متكي وزير امور خارجه،سليماني وزير ارتباطات و فناوري', 'fa', '2006-05-10')).toEqual(['Mohammad Soleimani']);
  });

  it('never reads «سفر وزیر» (the minister\'s trip) as a person named Safar', () => {
    expect(linked('در جریان سفر وزیر امور خارجه به دمشق', 'fa', '2011-06-01')).toEqual([]);
  });

  it('between two people named in full, links the surname to the nearest one before it', () => {
    expect(linked('علی خامنه‌ای و مجتبی خامنه‌ای؛ خامنه‌ای گفت')).toEqual(['Ali Khamenei', 'Mojtaba Khamenei', 'Mojtaba Khamenei']);
  });
});

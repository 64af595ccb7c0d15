/**
 * The words of dates, as people write them (dates.md §2.3). Raw spellings: lexicon.ts
 * folds them with the same fold as the page text, so ي/ی, ك/ک, hamza seats, ZWNJ and
 * diacritics need no variants here; spaced and glued forms of two-word names match
 * the same key.
 */

export type Lang = 'fa' | 'ar' | 'any';

/**
 * How much a month name needs around it to count as a date (§2.6 trap 3):
 * 'strong' — a day number or a year; after «في» it may stand alone (Arabic);
 * 'word'   — also a common word (مهر، تیر، صفر، رجب، نيسان): a day number or a year, never alone;
 * 'dayYear'— a common word in both roles (مه، می، حمل، سرطان): both a day number and a year.
 */
export type Strength = 'strong' | 'word' | 'dayYear';

export interface MonthSystem {
  calendar: 'jalali' | 'gregorian' | 'hijri';
  lang: Lang;
  /** Index 0 = month 1; each month lists its spellings, the first is the name. */
  months: readonly (readonly string[])[];
  strength: Strength;
  /** Spellings that are also everyday words, with their own strength. */
  weak?: Readonly<Record<string, Strength>>;
}

export const MONTH_SYSTEMS: readonly MonthSystem[] = [
  {
    calendar: 'jalali',
    lang: 'any',
    strength: 'strong',
    months: [
      ['فروردین'], ['اردیبهشت', 'اردی بهشت'], ['خرداد'], ['تیر'], ['مرداد', 'امرداد'], ['شهریور'],
      ['مهر'], ['آبان'], ['آذر'], ['دی'], ['بهمن'], ['اسفند'],
    ],
    weak: { تیر: 'word', مهر: 'word', آذر: 'word', دی: 'word', بهمن: 'word', اسفند: 'word' },
  },
  {
    // Afghan solar months (Dari, CLDR fa-AF): zodiac names, mostly everyday words too.
    calendar: 'jalali',
    lang: 'fa',
    strength: 'dayYear',
    months: [['حمل'], ['ثور'], ['جوزا'], ['سرطان'], ['اسد'], ['سنبله'], ['میزان'], ['عقرب'], ['قوس'], ['جدی'], ['دلو'], ['حوت']],
  },
  {
    // Pashto solar months.
    calendar: 'jalali',
    lang: 'fa',
    strength: 'dayYear',
    months: [['وری'], ['غویی'], ['غبرگولی'], ['چنگاښ'], ['زمری'], ['وږی'], ['تله'], ['لړم'], ['لیندۍ'], ['مرغومی'], ['سلواغه'], ['کب']],
  },
  {
    // Gregorian in Persian: Iran (CLDR fa) and the usual variants, Afghan (fa-AF).
    calendar: 'gregorian',
    lang: 'fa',
    strength: 'strong',
    months: [
      ['ژانویه', 'ژانویهٔ', 'جنوری', 'ژانویه‌ی'],
      ['فوریه', 'فوریهٔ', 'فبریه', 'فبروری'],
      ['مارس', 'مارچ'],
      ['آوریل', 'آپریل', 'اپریل', 'اوریل'],
      ['مه', 'مهٔ', 'می'],
      ['ژوئن', 'ژوین', 'ژون', 'جون'],
      ['ژوئیه', 'ژوئیهٔ', 'ژوییه', 'جولای'],
      ['اوت', 'آگوست', 'اگوست', 'آگست', 'اگست'],
      ['سپتامبر', 'سپتمبر'],
      ['اکتبر', 'اکتوبر'],
      ['نوامبر', 'نومبر'],
      ['دسامبر', 'دسمبر'],
    ],
    weak: { مه: 'dayYear', می: 'dayYear', جون: 'word' },
  },
  {
    // Arabic, Egypt and the Gulf; Morocco (ar-MA) and Algeria/Tunisia (ar-DZ/TN) variants.
    calendar: 'gregorian',
    lang: 'ar',
    strength: 'strong',
    months: [
      ['يناير', 'جانفي'],
      ['فبراير', 'فيفري'],
      ['مارس'],
      ['أبريل', 'ابريل', 'إبريل', 'أفريل'],
      ['مايو', 'ماي'],
      ['يونيو', 'يونية', 'جوان'],
      ['يوليو', 'يولية', 'يوليوز', 'جويلية'],
      ['أغسطس', 'غشت', 'أوت'],
      ['سبتمبر', 'شتنبر'],
      ['أكتوبر'],
      ['نوفمبر', 'نونبر'],
      ['ديسمبر', 'دجنبر'],
    ],
    weak: { ماي: 'word', مارس: 'word' },
  },
  {
    // Arabic, Levant and Iraq. آذار ≠ Persian آذر; آب is August only in Arabic (§2.6).
    calendar: 'gregorian',
    lang: 'ar',
    strength: 'strong',
    months: [
      ['كانون الثاني'], ['شباط'], ['آذار'], ['نيسان'], ['أيار'], ['حزيران'],
      ['تموز'], ['آب'], ['أيلول'], ['تشرين الأول'], ['تشرين الثاني'], ['كانون الأول'],
    ],
    weak: { نيسان: 'word', آب: 'word', تموز: 'word', أيار: 'word' },
  },
  {
    // English month names appear in bilingual site headers («۱۴۰۴ - 11 March, 2026»).
    calendar: 'gregorian',
    lang: 'any',
    strength: 'strong',
    months: [
      ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
      ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
    ],
    weak: { may: 'dayYear', mar: 'dayYear', jan: 'word', feb: 'word', apr: 'word', jun: 'word', jul: 'word', aug: 'word', sep: 'word', sept: 'word', oct: 'word', nov: 'word', dec: 'word' },
  },
  {
    calendar: 'hijri',
    lang: 'any',
    strength: 'strong',
    months: [
      ['محرم', 'محرم الحرام'],
      ['صفر', 'صفر المظفر'],
      ['ربیع‌الاول', 'ربیع الاول', 'ربيع الأول', 'ربیع الاولی', 'ربیع‌الأول'],
      ['ربیع‌الثانی', 'ربیع الثانی', 'ربيع الثاني', 'ربيع الآخر', 'ربیع الاخر', 'ربیع‌الآخر'],
      ['جمادی‌الاول', 'جمادی الاول', 'جمادی الاولی', 'جمادى الأولى', 'جمادی‌الاولی'],
      ['جمادی‌الثانی', 'جمادی الثانی', 'جمادی الآخر', 'جمادی الآخره', 'جمادى الآخرة', 'جمادى الثانية', 'جمادی‌الثانیه'],
      ['رجب', 'رجب المرجب'],
      ['شعبان', 'شعبان المعظم'],
      ['رمضان', 'رمضان المبارک'],
      ['شوال', 'شوال المکرم'],
      ['ذی‌القعده', 'ذی القعده', 'ذیقعده', 'ذوالقعده', 'ذو القعدة', 'ذي القعدة'],
      ['ذی‌الحجه', 'ذی الحجه', 'ذیحجه', 'ذوالحجه', 'ذو الحجة', 'ذي الحجة'],
    ],
    weak: { محرم: 'word', صفر: 'word', رجب: 'word', شعبان: 'word', رمضان: 'word', شوال: 'word' },
  },
];

/** Weekdays, 0 = Sunday … 6 = Saturday. Two-word spellings match glued and spaced. */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['یکشنبه', 'یک شنبه', 'الأحد', 'الاحد', 'sunday'],
  ['دوشنبه', 'دو شنبه', 'الاثنين', 'الإثنين', 'الأثنين', 'monday'],
  ['سه‌شنبه', 'سه شنبه', 'الثلاثاء', 'tuesday'],
  ['چهارشنبه', 'چهار شنبه', 'الأربعاء', 'الاربعاء', 'wednesday'],
  ['پنجشنبه', 'پنج شنبه', 'الخميس', 'thursday'],
  ['جمعه', 'الجمعة', 'friday'],
  ['شنبه', 'السبت', 'saturday'],
];

/** Words for a part of the day before or after a weekday («شامگاه جمعه», «يكشنبه شب»). */
export const TIMES_OF_DAY = ['شب', 'صبح', 'بامداد', 'ظهر', 'عصر', 'شامگاه', 'صبحگاه', 'غروب', 'مساء', 'صباح', 'ليلة', 'فجر', 'عشية', 'بعد ظهر'];

/** Persian ordinal day words 1–31 (دوازدهم آذر). Compounds «بیست و یکم» are built from tens + units. */
export const ORDINALS: Readonly<Record<string, number>> = {
  یکم: 1, اول: 1, دوم: 2, سوم: 3, چهارم: 4, پنجم: 5, ششم: 6, هفتم: 7, هشتم: 8, نهم: 9, دهم: 10,
  یازدهم: 11, دوازدهم: 12, سیزدهم: 13, چهاردهم: 14, پانزدهم: 15, پونزدهم: 15, شانزدهم: 16, هفدهم: 17, هیفدهم: 17,
  هجدهم: 18, هیجدهم: 18, نوزدهم: 19, بیستم: 20, سی‌ام: 30, 'سی ام': 30, سیام: 30,
};
/**
 * Arabic ordinal days, read only before «من» and a month («العاشر من أكتوبر»): alone,
 * «الأول» and «الثاني» are everywhere (كانون الأول).
 */
export const ARABIC_ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(buildArabicOrdinals());

function buildArabicOrdinals(): [string, number][] {
  const units = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  const out: [string, number][] = units.map((u, i) => [u, i + 1]);
  out.push(['العاشر', 10], ['الحادي عشر', 11], ['العشرين', 20], ['الثلاثين', 30], ['الحادي والثلاثين', 31]);
  units.slice(1).forEach((u, i) => out.push([`${u} عشر`, i + 12]));
  out.push(['الحادي والعشرين', 21]);
  units.slice(1).forEach((u, i) => out.push([`${u} والعشرين`, i + 22]));
  return out;
}

/** Arabic words before a count for «منذ ثلاثة أيام», «قبل يومين», «بعد أسبوع». */
export const AGO_WORDS = ['منذ', 'قبل', 'بعد'];

/** Tens that combine with «و» and a unit ordinal: «بیست و یکم» = 21. */
export const ORDINAL_TENS: Readonly<Record<string, number>> = { بیست: 20, سی: 30 };

/** Small counts in words, for «سه روز پیش», «منذ ثلاثة أيام». */
export const CARDINALS: Readonly<Record<string, number>> = {
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10,
  واحد: 1, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4, خمسة: 5, خمس: 5, ستة: 6, ست: 6, سبعة: 7, سبع: 7, ثمانية: 8, ثماني: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10,
};

export type Unit = 'day' | 'week' | 'month' | 'year';

/** Unit words, by language («شهر» is a month in Arabic and a city in Persian); Arabic duals carry their count («يومين» = 2 days). */
export const UNITS: readonly { forms: readonly string[]; unit: Unit; lang: Lang; count?: number }[] = [
  { forms: ['روز'], unit: 'day', lang: 'fa' },
  { forms: ['يوم', 'أيام', 'ايام'], unit: 'day', lang: 'ar' },
  { forms: ['يومين', 'يومان'], unit: 'day', lang: 'ar', count: 2 },
  { forms: ['هفته'], unit: 'week', lang: 'fa' },
  { forms: ['أسبوع', 'اسبوع', 'أسابيع', 'الأسبوع', 'الاسبوع'], unit: 'week', lang: 'ar' },
  { forms: ['أسبوعين', 'اسبوعين'], unit: 'week', lang: 'ar', count: 2 },
  { forms: ['ماه'], unit: 'month', lang: 'fa' },
  { forms: ['شهر', 'أشهر', 'اشهر', 'شهور', 'الشهر'], unit: 'month', lang: 'ar' },
  { forms: ['شهرين'], unit: 'month', lang: 'ar', count: 2 },
  { forms: ['سال'], unit: 'year', lang: 'fa' },
  { forms: ['عام', 'سنة', 'أعوام', 'اعوام', 'سنوات', 'العام', 'السنة'], unit: 'year', lang: 'ar' },
  { forms: ['عامين', 'سنتين'], unit: 'year', lang: 'ar', count: 2 },
];

/** Direction words after a unit or weekday: −1 past, 0 current, +1 next. */
export const DIRECTIONS: readonly { forms: readonly string[]; dir: -1 | 0 | 1 }[] = [
  { forms: ['گذشته', 'پیش', 'قبل', 'الماضي', 'الماضية', 'الفائت', 'الفائتة', 'المنصرم', 'المنصرمة', 'السابق', 'السابقة'], dir: -1 },
  { forms: ['جاری', 'الجاري', 'الجارية', 'الحالي', 'الحالية'], dir: 0 },
  { forms: ['آینده', 'بعد', 'دیگر', 'آتی', 'المقبل', 'المقبلة', 'القادم', 'القادمة'], dir: 1 },
];

/** Words that are a day relative to the publication date. */
export const RELATIVE_DAYS: readonly { forms: readonly string[]; offset: number }[] = [
  { forms: ['امروز', 'امشب', 'اليوم', 'الليلة'], offset: 0 },
  { forms: ['دیروز', 'دیشب', 'روز گذشته', 'أمس', 'امس', 'البارحة', 'يوم أمس'], offset: -1 },
  { forms: ['پریروز', 'أول أمس', 'أول من أمس', 'أمس الأول'], offset: -2 },
  { forms: ['فردا', 'فردا شب', 'غدا', 'غداً', 'غد', 'يوم غد'], offset: 1 },
  { forms: ['پس‌فردا', 'پس فردا', 'بعد غد', 'بعد غدٍ'], offset: 2 },
];

/** Words for «this» period: «این هفته», «هذا العام». */
export const THIS_WORDS: readonly { form: string; lang: Lang }[] = [{ form: 'این', lang: 'fa' }, { form: 'هذا', lang: 'ar' }, { form: 'هذه', lang: 'ar' }];

/** A weekday right after these is part of a name: «نماز جمعه», «امام جمعه», «راهپیمایی جمعه» (§2.6 trap 4). */
export const WEEKDAY_NAME_BEFORE = ['نماز', 'امام', 'خطبه', 'خطبه‌های', 'خطیب', 'راهپیمایی', 'راهپیمایی‌های', 'تظاهرات', 'صلاة', 'صلاه', 'خطبة', 'إمام', 'جمعه‌های'];
/** …and right before these: «دوشنبه بازار». */
export const WEEKDAY_NAME_AFTER = ['بازار', 'بازارها'];
/** Whole-word relative years: امسال = this (Jalali) year, پارسال = last year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = { امسال: 0, پارسال: -1 };

/** Part of a period: «ابتدای مهر ماه», «اواخر سال», «مطلع العام». */
export type PeriodPart = 'start' | 'early' | 'mid' | 'late' | 'end';
export const PERIOD_PARTS: readonly { forms: readonly string[]; part: PeriodPart }[] = [
  { forms: ['ابتدای', 'ابتدا', 'آغاز', 'بداية', 'مطلع'], part: 'start' },
  { forms: ['اوایل', 'أوائل', 'اوائل'], part: 'early' },
  { forms: ['اواسط', 'نیمه', 'منتصف', 'أواسط'], part: 'mid' },
  { forms: ['اواخر', 'أواخر'], part: 'late' },
  { forms: ['پایان', 'انتهای', 'آخر', 'نهاية'], part: 'end' },
];

/** Range connectors between two days or dates (§2.3). «و» joins only two day numbers. */
export const RANGE_WORDS = ['تا', 'الی', 'الا', 'لغایت', 'إلى', 'الى', 'حتى', 'وحتى', 'وإلى'];
export const AND_WORDS = ['و'];
/** Words before a range's first day: از … تا, من … إلى, بين … و. */
export const RANGE_OPENERS = ['از', 'من', 'بين', 'بین', 'ما بين'];

/** Words that link the two halves of a dual-calendar date. */
export const PAIR_LINKS = ['الموافق', 'الموافق ل', 'الموافق لـ', 'الموافق ليوم', 'برابر با', 'برابر', 'مطابق با', 'مطابق', 'معادل', 'معادل با', 'يوافق', 'الموافقة'];

/** Words that introduce a year: «سال ۱۴۰۳», «في 2013», «عام 2015». */
export const YEAR_CUES = ['سال', 'عام', 'العام', 'سنة', 'في', 'در', 'منذ', 'خلال', 'عامي', 'سالهای', 'سال‌های', 'لعام', 'للعام', 'بالعام'];
/** Words that introduce a month on its own in Arabic: «في يوليو», «منذ مارس». */
export const MONTH_CUES = ['في', 'خلال', 'منذ', 'حتى', 'شهر', 'بحلول', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'نهاية', 'بداية'];

/** A date right after one of these is a name (میدان ۷ تیر, بنیاد ۱۵ خرداد, ثورة 25 يناير). */
export const PLACE_WORDS = [
  'میدان', 'خیابان', 'بنیاد', 'ورزشگاه', 'بزرگراه', 'بلوار', 'پارک', 'کوچه', 'چهارراه', 'مجتمع', 'شهرک', 'پل', 'ایستگاه',
  'بیمارستان', 'دانشگاه', 'مدرسه', 'دبیرستان', 'سالن', 'تالار', 'حسینیه', 'مسجد', 'جبهه', 'حماسه', 'نهضت', 'قیام', 'شهدای',
  'کارخانه', 'ناوگان', 'شرکت', 'گروه', 'جنبش', 'خ', 'سازمان', 'ستاد', 'لشکر', 'تیپ', 'قرارگاه', 'عملیات', 'اردوگاه', 'موسسه',
  'شارع', 'ميدان', 'ساحة', 'جسر', 'مستشفى', 'مدرسة', 'ثورة', 'حركة', 'جامعة', 'ملعب', 'مجموعة', 'تيار', 'جمعية', 'انتفاضة',
];

/** Nouns that follow a count, never a year: «۱۴۰۳ تومان», «۱٬۲۰۰ نفر» (§2.6 trap 15). */
export const UNIT_NOUNS = [
  'نفر', 'تومان', 'ریال', 'دلار', 'یورو', 'میلیون', 'میلیارد', 'هزار', 'درصد', 'کیلومتر', 'متر', 'کیلوگرم', 'تن', 'بشکه',
  'میلیمتر', 'سانتیمتر', 'دستگاه', 'عدد', 'واحد', 'قلم', 'مورد', 'فقره', 'رأی', 'راي', 'کرسی', 'نماینده', 'تخت', 'خانوار',
  'مليون', 'مليار', 'ألف', 'الف', 'آلاف', 'دولار', 'يورو', 'ريال', 'جنيه', 'درهم', 'دينار', 'شخص', 'أشخاص', 'كيلومتر',
  'متر', 'طن', 'برميل', 'بالمئة', 'بالمائة', 'في المئة', 'صوت', 'مقعد', 'قتيل', 'جريح', 'حالة', 'وحدة', 'سرير', 'کشته', 'زخمی',
  'گلوله', 'فروند', 'موشک', 'مترمکعب', 'هکتار', 'صفحه', 'ماده', 'بند', 'اصل',
];

/** Words after which a number is an identifier, not a date (کد خبر: 1031921, قطعنامه 2231). */
export const ID_WORDS = ['کد', 'شماره', 'قطعنامه', 'القرار', 'قرار', 'رقم', 'هاتف', 'تلفن', 'فاکس', 'پلاک', 'ماده', 'بند', 'اصل', 'جنيف', 'کووید', 'كوفيد', 'فرمول', 'گروه', 'مجموعة', 'تیم', 'مدل', 'نسخه', 'ایرباس', 'بوئینگ'];

/**
 * Context cues that license a weak key (a form that is also a common word or
 * another thing: فارس, مهر, دوشنبه, آستانه, عمان, اکو). entities.md §5.3.
 * A weak key is linked only with a cue next to it ('local'), or, for most types,
 * when the same entity is named by a strong key elsewhere in the text ('doc').
 * Word lists are written in natural spelling and folded once.
 */
import type { EntityType } from './gazetteer-source';
import { charAfter, charBefore, isNumber, wordsAfter, wordsBefore } from './context';
import { foldedSet } from './chars';
import { foldKey } from '../text/fold';

export type Licence = 'local' | 'doc' | null;

/** What a cue may ask about the rest of the document. */
export interface CueDoc {
  /** Folded text. */
  readonly text: string;
  /** Is the entity (index) named by a strong key anywhere in the text? */
  mentioned(entity: number): boolean;
  /** Entities a strong key names starting at folded offset `pos`. */
  strongAt(pos: number): readonly number[];
  /** Entity index of an id or ISO2 code, -1 when unknown. */
  indexOf(idOrIso: string): number;
  /** Is a strong key naming the country, or something of it (its cities, people, agencies), in the text? */
  countryMentioned(iso: string): boolean;
}

export interface WeakHit {
  start: number;
  wordStart: number;
  end: number;
  entity: number;
  type: EntityType;
  /** ISO2 of the entity's country (cities, people …; for a country, its own code). */
  country?: string;
}

const CALENDAR = foldedSet([
  'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه',
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
  'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة',
]);
const DATE_BEFORE = foldedSet([
  'روز', 'امروز', 'بامداد', 'صبح', 'ظهر', 'عصر', 'شب', 'این', 'هر', 'دیروز', 'فردا', 'پریروز', 'تا', 'از',
  'ماه', 'اوایل', 'اواسط', 'اواخر', 'ابتدای', 'پایان', 'نیمه', 'یوم', 'اليوم', 'مساء', 'صباح',
]);
const DATE_AFTER = foldedSet([
  'گذشته', 'آینده', 'هفته', 'شب', 'صبح', 'عصر', 'ساعت', 'ظهر', 'ماه', 'سال', 'امسال', 'پارسال', 'تا',
  'الماضي', 'المقبل', 'القادم', 'المنصرم', 'مساء', 'صباح',
]);
const AGENCY_BEFORE = foldedSet([
  'گزارش', 'خبرگزاری', 'خبرنگار', 'وكالة', 'لوكالة', 'أفادت', 'ذكرت', 'نقلت', 'أوردت', 'بحسب', 'حسب', 'مراسل', 'لمراسل',
]);
const INTERVIEW = foldedSet(['گفت‌وگو', 'گفتگو', 'مصاحبه', 'حديث', 'تصريح', 'تصريحات']);
const SAID = foldedSet(['گفت', 'گفته', 'اعلام', 'افزود', 'اظهار']);
const CITY_WORDS = foldedSet(['شهر', 'شهرهای', 'پایتخت', 'بندر', 'العاصمة', 'عاصمة', 'مدينة', 'بمدينة', 'العاصمه']);
const PREPOSITIONS = foldedSet(['در', 'به', 'از', 'تا', 'في', 'إلى', 'من', 'الى']);
const COUNTRY_BEFORE = foldedSet([
  'کشور', 'کشورهای', 'دولت', 'سلطنت', 'پادشاهی', 'جمهوری', 'سفیر', 'سفارت', 'خارجه', 'رئیس‌جمهور', 'نخست‌وزیر',
  'پادشاه', 'سلطان', 'امیر', 'ملت', 'مردم', 'مقامات', 'دولة', 'سلطنة', 'بلاد', 'مملكة', 'سفارة', 'سفير', 'الخارجية',
  'خارجية', 'ملك', 'شعب', 'حكومة', 'حکومت',
]);
const ORG_BEFORE = foldedSet([
  'اجلاس', 'نشست', 'سازمان', 'دبیرکل', 'سران', 'اعضای', 'عضو', 'کشورهای', 'وزرای', 'همایش', 'کنفرانس', 'قمة',
  'اجتماع', 'منظمة', 'الأمين', 'أمين', 'أعضاء', 'دول', 'مؤتمر',
]);
/** «منطقة مكة المكرمة», «مناطق … الرياض»: the Saudi region named after the city, not the city. */
const REGION = foldedSet(['منطقة', 'مناطق', 'منطقتي', 'بمنطقة', 'لمنطقة', 'ومنطقة']);

export function regionBefore(text: string, pos: number): boolean {
  return wordsBefore(text, pos, 3, true).some((w) => REGION.has(w));
}

/** «وزير الخارجية الأمريكية»: after these, a ministry's short name is part of a title, not the ministry. */
export const MINISTER = foldedSet(['وزیر', 'وزرای', 'وزير', 'وزراء', 'معاون', 'نائب']);

/** Titles and honorifics after which a surname alone names a person (سخنگوی, وزیر, الرئيس …). */
export const TITLES = foldedSet([
  'آقای', 'خانم', 'دکتر', 'مهندس', 'جناب', 'سردار', 'سرلشکر', 'سرتیپ', 'ژنرال', 'سناتور', 'سخنگو', 'سخنگوی',
  'وزیر', 'رئیس', 'رئیس‌جمهور', 'نخست‌وزیر', 'صدراعظم', 'سفیر', 'معاون', 'دبیرکل', 'نماینده', 'همتای',
  'حجت‌الاسلام', 'آیت‌الله', 'پادشاه', 'شیخ', 'ولیعهد', 'شاهزاده', 'امیر',
  'الرئيس', 'رئيس', 'الوزير', 'وزير', 'السفير', 'سفير', 'الدكتور', 'الشيخ', 'الأمير', 'الملك', 'السيد', 'السيدة',
  'المتحدث', 'نائب', 'الأمين', 'المستشار', 'الجنرال', 'اللواء', 'العميد', 'سمو', 'معالي', 'فخامة', 'نظيره',
]);

const PAREN_OPEN = new Set([0x28, 0x2d, 0x2013, 0x2014, 0xab]); // ( - – — «
const PAREN_CLOSE = new Set([0x29, 0x2d, 0x2013, 0x2014, 0xbb]); // ) - – — »

/** Is the word at [start, end) a weekday or month name in a date-like phrase (روز دوشنبه, ۱۵ مهر)? */
export function inDatePhrase(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, 1)[0];
  const after = wordsAfter(text, end, 1)[0];
  return isNumber(before) || isNumber(after) || (before !== undefined && DATE_BEFORE.has(before))
    || (after !== undefined && (DATE_AFTER.has(after) || CALENDAR.has(after)));
}

/** Words that may stand between a title and the name: «سخنگوی وزارت خارجه کنعانی», «وزير الخارجية الإيراني ظريف». */
const TITLE_FILLER = foldedSet([
  'وزارت', 'امور', 'خارجه', 'دستگاه', 'دیپلماسی', 'کشورمان', 'وزارة', 'الخارجية', 'باسم', 'الإيراني', 'الإيرانية',
]);

/**
 * A title or honorific right before `pos` (آقای فیدان, الرئيس هادي), or a few
 * words before with only title words between; never across a clause boundary.
 */
export function titleBefore(text: string, pos: number): boolean {
  for (const w of wordsBefore(text, pos, 4)) {
    if (TITLES.has(w)) return true;
    if (!TITLE_FILLER.has(w)) return false;
  }
  return false;
}

/** Enclosed in brackets or dashes: «(واس)», «- فارس -», «سازمان همکاری اقتصادی (اکو)». */
function enclosed(text: string, start: number, end: number): boolean {
  return PAREN_OPEN.has(charBefore(text, start)) && PAREN_CLOSE.has(charAfter(text, end));
}

function agencyCue(text: string, h: WeakHit): boolean {
  const before = wordsBefore(text, h.wordStart, 2);
  const after = wordsAfter(text, h.end, 1);
  if (before[0] !== undefined && AGENCY_BEFORE.has(before[0])) return true;
  if (before[0] === foldKey('از') && before[1] === foldKey('نقل')) return true;
  if (before[0] === foldKey('با') && before[1] !== undefined && INTERVIEW.has(before[1])) return true;
  if (before[0] === foldKey('به') && after[0] !== undefined && SAID.has(after[0])) return true;
  return enclosed(text, h.wordStart, h.end);
}

function cityCue(doc: CueDoc, h: WeakHit): boolean {
  const { text } = doc;
  const before = wordsBefore(text, h.wordStart, 3);
  if (before.some((w) => CITY_WORDS.has(w))) return true;
  // «دوشنبه پایتخت تاجیکستان», «قدس به عنوان پایتخت …».
  if (wordsAfter(text, h.end, 3).some((w) => CITY_WORDS.has(w))) return true;
  const country = h.country ? doc.indexOf(h.country) : -1;
  if (country < 0) return false;
  if (doc.strongAt(nextWordStart(text, h.end)).includes(country)) return true;
  return before[0] !== undefined && PREPOSITIONS.has(before[0]) && doc.mentioned(country);
}

function nextWordStart(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && text.charCodeAt(p) === 0x20) p++;
  return p;
}

function wordBeforeIn(text: string, pos: number, set: ReadonlySet<string>, count = 1): boolean {
  return wordsBefore(text, pos, count).some((w) => set.has(w));
}

/** Whether (and how) a weak key at `h` is licensed. */
export function weakLicence(doc: CueDoc, h: WeakHit): Licence {
  const { text } = doc;
  const calendar = CALENDAR.has(text.slice(h.start, h.end).replace(/ /g, ''));
  if (calendar && inDatePhrase(text, h.wordStart, h.end)) return null;
  let local: boolean;
  switch (h.type) {
    case 'agency': return agencyCue(text, h) ? 'local' : null;
    case 'city': return cityCue(doc, h) ? 'local' : null;
    case 'country':
      // «المملكة» in a text about Riyadh and Saudi ministers, «آذربایجان» next to Baku and Aliyev.
      if (wordBeforeIn(text, h.wordStart, COUNTRY_BEFORE)) return 'local';
      return h.country && doc.countryMentioned(h.country) ? 'doc' : null;
    case 'person': local = titleBefore(text, h.wordStart); break;
    default: local = wordBeforeIn(text, h.wordStart, ORG_BEFORE, 2) || enclosed(text, h.wordStart, h.end);
  }
  if (local) return 'local';
  return !calendar && doc.mentioned(h.entity) ? 'doc' : null;
}

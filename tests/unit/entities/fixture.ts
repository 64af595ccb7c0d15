/**
 * A small gazetteer for the matcher's rule tests, written like the curated files
 * (so the tests go through the real build: validation, variants, compact form)
 * and independent of what the curators change in data/gazetteer.
 */
import type { CountryExtra, EntrySource } from '@/lib/entities/gazetteer-source';
import type { CompactGazetteer } from '@/lib/entities/compact';
import { createMatcher, type EntityMatcher } from '@/lib/entities/matcher';
import { validateGazetteer } from '@/lib/entities/validate-gazetteer';
import { compileGazetteer } from '@/scripts/gazetteer/compile';
import { stateCodes } from '@/scripts/gazetteer/states';

const IR = 'IR';

export const ENTRIES: EntrySource[] = [
  {
    id: 'person:abbas-araghchi', type: 'person', qid: null,
    name: { en: 'Abbas Araghchi', fa: 'عباس عراقچی', ar: 'عباس عراقجي' },
    desc: { en: 'Iranian diplomat', fa: 'دیپلمات ایرانی' },
    surname: { fa: ['عراقچی'], ar: ['عراقجي'], en: ['Araghchi'] }, country: IR,
    roles: [
      { office: 'deputy-foreign-minister', of: IR, start: '2013', end: '2021-08' },
      { office: 'foreign-minister', of: IR, start: '2024-08-21', end: null },
    ],
  },
  {
    id: 'person:nasser-kanaani', type: 'person',
    name: { en: 'Nasser Kanaani', fa: 'ناصر کنعانی', ar: 'ناصر كنعاني' },
    surname: { fa: ['کنعانی'], ar: ['كنعاني'] }, country: IR,
    roles: [
      { office: 'ambassador', of: IR, to: 'EG', title: { en: 'Head of the Interests Section in Cairo', fa: 'رئیس دفتر حفاظت منافع ایران در قاهره' }, start: '2018', end: '2022-06' },
      { office: 'mfa-spokesperson', of: IR, start: '2022-06-27', end: '2024-08' },
    ],
  },
  {
    id: 'person:esmaeil-baghaei', type: 'person',
    name: { en: 'Esmaeil Baghaei', fa: 'اسماعیل بقائی', ar: 'إسماعيل بقائي' },
    surname: { fa: ['بقائی'], ar: ['بقائي'] }, country: IR,
    roles: [{ office: 'mfa-spokesperson', of: IR, start: '2024-08', end: null, uncertain: 'handover day in August 2024 not verified' }],
  },
  {
    id: 'person:saeed-khatibzadeh', type: 'person',
    name: { en: 'Saeed Khatibzadeh', fa: 'سعید خطیب‌زاده', ar: 'سعيد خطيب زاده' },
    surname: { fa: ['خطیب‌زاده'], ar: ['خطيب زاده'] }, country: IR,
    roles: [{ office: 'mfa-spokesperson', of: IR, start: '2020-08-16', end: '2022-06-27' }],
  },
  {
    id: 'person:alireza-haghighian', type: 'person',
    name: { en: 'Alireza Haghighian', fa: 'علیرضا حقیقیان', ar: 'علي رضا حقيقيان' }, surname: { fa: ['حقیقیان'] }, country: IR,
  },
  {
    id: 'person:mohammad-javad-zarif', type: 'person',
    name: { en: 'Mohammad Javad Zarif', fa: 'محمدجواد ظریف', ar: 'محمد جواد ظريف' },
    surname: { fa: ['ظریف'], ar: ['ظريف'] }, country: IR,
    roles: [{ office: 'foreign-minister', of: IR, start: '2013-08-15', end: '2021-08-25' }],
  },
  {
    id: 'person:hakan-fidan', type: 'person',
    name: { en: 'Hakan Fidan', fa: 'هاکان فیدان', ar: 'هاكان فيدان' }, surname: { fa: ['فیدان'], ar: ['فيدان'] }, country: 'TR',
    roles: [{ office: 'foreign-minister', of: 'TR', title: { en: 'Minister of Foreign Affairs', fa: 'وزیر امور خارجه', ar: 'وزير الخارجية' }, start: '2023-06-04', end: null }],
  },
  {
    id: 'person:rafael-grossi', type: 'person',
    name: { en: 'Rafael Grossi', fa: 'رافائل گروسی', ar: 'رافائيل غروسي' }, surname: { fa: ['گروسی'] },
    roles: [{ office: 'secretary-general', of: 'org:iaea', title: { en: 'Director General', fa: 'مدیرکل', ar: 'المدير العام' }, start: '2019-12-03', end: null }],
  },
  {
    id: 'person:ali-khamenei', type: 'person',
    name: { en: 'Ali Khamenei', fa: 'علی خامنه‌ای', ar: 'علي خامنئي' }, surname: { fa: ['خامنه‌ای'], ar: ['خامنئي'] }, country: IR,
    roles: [{ office: 'leader', of: IR, title: { en: 'Supreme Leader', fa: 'رهبر جمهوری اسلامی ایران', ar: 'المرشد الأعلى' }, start: '1989-06-04', end: '2026-02-28' }],
  },
  {
    id: 'person:mojtaba-khamenei', type: 'person',
    name: { en: 'Mojtaba Khamenei', fa: 'مجتبی خامنه‌ای', ar: 'مجتبى خامنئي' }, surname: { fa: ['خامنه‌ای'], ar: ['خامنئي'] }, country: IR,
    roles: [{ office: 'leader', of: IR, title: { en: 'Supreme Leader', fa: 'رهبر جمهوری اسلامی ایران', ar: 'المرشد الأعلى' }, start: '2026-03-09', end: null }],
  },
  {
    id: 'person:qasem-soleimani', type: 'person',
    name: { en: 'Qasem Soleimani', fa: 'قاسم سلیمانی', ar: 'قاسم سليماني' }, surname: { fa: ['سلیمانی'], ar: ['سليماني'] }, country: IR,
    roles: [{ office: 'military', of: IR, title: { en: 'Commander of the Quds Force', fa: 'فرمانده نیروی قدس سپاه' }, start: '1998', end: '2020-01-03' }],
  },
  {
    id: 'person:mohammad-soleimani', type: 'person',
    name: { en: 'Mohammad Soleimani', fa: 'محمد سلیمانی', ar: 'محمد سليماني' }, surname: { fa: ['سلیمانی'], ar: ['سليماني'] }, country: IR,
    roles: [{ office: 'minister', of: IR, title: { en: 'Minister of Communications', fa: 'وزیر ارتباطات و فناوری اطلاعات' }, start: '2005-08', end: '2009-09' }],
  },
  {
    id: 'person:adel-safar', type: 'person',
    name: { en: 'Adel Safar', fa: 'عادل سفر', ar: 'عادل سفر' }, surname: { fa: ['سفر'], ar: ['سفر'] }, country: 'SY',
    roles: [{ office: 'head-of-government', of: 'SY', start: '2011-04-03', end: '2012-06-23' }],
  },
  {
    id: 'agency:fars', type: 'agency', qid: 'Q5434841',
    name: { en: 'Fars News Agency', fa: 'خبرگزاری فارس', ar: 'وكالة فارس للأنباء' }, aliases: { ar: ['وكالة فارس'] }, weak: { fa: ['فارس'] }, country: IR,
  },
  {
    id: 'agency:mehr', type: 'agency',
    name: { en: 'Mehr News Agency', fa: 'خبرگزاری مهر', ar: 'وكالة مهر للأنباء' }, weak: { fa: ['مهر'] }, country: IR,
  },
  {
    id: 'agency:spa', type: 'agency',
    name: { en: 'Saudi Press Agency', fa: 'خبرگزاری رسمی عربستان', ar: 'وكالة الأنباء السعودية' }, weak: { ar: ['واس'] }, country: 'SA',
  },
  { id: 'city:dushanbe', type: 'city', name: { en: 'Dushanbe', fa: 'دوشنبه', ar: 'دوشانبي' }, aliases: { fa: ['شهر دوشنبه'] }, weak: { fa: ['دوشنبه'] }, country: 'TJ' },
  { id: 'city:astana', type: 'city', name: { en: 'Astana', fa: 'آستانه', ar: 'أستانا' }, aliases: { fa: ['آستانا'] }, weak: { fa: ['آستانه'] }, country: 'KZ' },
  { id: 'city:aleppo', type: 'city', name: { en: 'Aleppo', fa: 'حلب', ar: 'حلب' }, country: 'SY' },
  { id: 'city:tehran', type: 'city', name: { en: 'Tehran', fa: 'تهران', ar: 'طهران' }, country: IR },
  { id: 'city:riyadh', type: 'city', name: { en: 'Riyadh', fa: 'ریاض', ar: 'الرياض' }, country: 'SA' },
  { id: 'city:baku', type: 'city', name: { en: 'Baku', fa: 'باکو', ar: 'باكو' }, country: 'AZ' },
  { id: 'city:amman', type: 'city', name: { en: 'Amman', fa: 'امان', ar: 'عمّان' }, weak: { fa: ['عمان'], ar: ['عمان'] }, country: 'JO' },
  { id: 'city:mecca', type: 'city', name: { en: 'Mecca', fa: 'مکه', ar: 'مكة المكرمة' }, country: 'SA' },
  { id: 'city:makkah-region', type: 'city', name: { en: 'Makkah Region', fa: 'منطقه مکه', ar: 'منطقة مكة المكرمة' }, aliases: { ar: ['مكة المكرمة'] }, country: 'SA' },
  {
    id: 'agreement:astana-process', type: 'agreement',
    name: { en: 'Astana peace process', fa: 'روند آستانه', ar: 'مسار أستانا' }, aliases: { fa: ['نشست آستانه'] },
  },
  {
    id: 'org:eco', type: 'org',
    name: { en: 'Economic Cooperation Organization', fa: 'سازمان همکاری اقتصادی', ar: 'منظمة التعاون الاقتصادي' },
    aliases: { en: ['ECO'] }, weak: { fa: ['اکو'], ar: ['إيكو'] },
  },
  {
    id: 'org:oecd', type: 'org',
    name: { en: 'OECD', fa: 'سازمان همکاری و توسعه اقتصادی', ar: 'منظمة التعاون الاقتصادي والتنمية' },
  },
  {
    id: 'org:un', type: 'org', qid: 'Q1065',
    name: { en: 'United Nations', fa: 'سازمان ملل متحد', ar: 'الأمم المتحدة' }, aliases: { fa: ['سازمان ملل'], en: ['UN'] },
  },
  {
    id: 'org:iaea', type: 'org',
    name: { en: 'International Atomic Energy Agency', fa: 'آژانس بین‌المللی انرژی اتمی', ar: 'الوكالة الدولية للطاقة الذرية' }, aliases: { en: ['IAEA'] },
  },
  {
    id: 'org:cica', type: 'org',
    name: { en: 'CICA', fa: 'کنفرانس تعامل و اقدامات اعتمادساز در آسیا', ar: 'مؤتمر التفاعل وإجراءات بناء الثقة في آسيا' },
    aliases: { fa: ['سیکا'], ar: ['سيكا'] },
  },
  {
    id: 'org:ir-mfa', type: 'org',
    name: { en: 'Ministry of Foreign Affairs of Iran', fa: 'وزارت امور خارجه ایران', ar: 'وزارة الخارجية الإيرانية' }, country: IR,
  },
  {
    id: 'org:us-state-department', type: 'org',
    name: { en: 'US Department of State', fa: 'وزارت خارجه آمریکا', ar: 'وزارة الخارجية الأمريكية' }, aliases: { ar: ['الخارجية الأمريكية'] }, country: 'US',
  },
  {
    id: 'term:sanctions', type: 'term',
    name: { en: 'Sanctions', fa: 'تحریم', ar: 'العقوبات' }, aliases: { fa: ['تحریم‌ها'] },
    gloss: { en: 'Economic or political penalties', fa: 'مجازات‌های اقتصادی یا سیاسی' },
  },
  {
    id: 'term:maximum-pressure', type: 'term',
    name: { en: 'Maximum pressure', fa: 'فشار حداکثری', ar: 'الضغوط القصوى' }, aliases: { fa: ['فشار حداکثری آمریکا'] },
    gloss: { en: 'The US policy of sanctions on Iran from 2018', fa: 'سیاست تحریمی آمریکا علیه ایران از ۲۰۱۸' },
  },
];

export const COUNTRIES: Record<string, CountryExtra> = {
  US: { name: { fa: 'ایالات متحده آمریکا' }, aliases: { fa: ['آمریکا', 'امریکا'], ar: ['أمريكا', 'أميركا'] } },
  IR: { aliases: { fa: ['جمهوری اسلامی ایران'] } },
  SA: { name: { ar: 'السعودية' }, weak: { ar: ['المملكة'] } },
  OM: { aliases: { fa: ['سلطنت عمان'], ar: ['سلطنة عمان'] }, weak: { ar: ['عمان'] } },
  AZ: { weak: { fa: ['آذربایجان'] } },
  ML: { weak: { fa: ['مالی'], ar: ['مالي'] } },
  TR: { name: { en: 'Turkey' } },
};

/** Validates and compiles the fixture (as npm run build:gazetteer would). */
export function fixtureGazetteer(entries: EntrySource[] = ENTRIES, countries = COUNTRIES): CompactGazetteer {
  const codes = stateCodes(Object.keys(countries));
  const problems = validateGazetteer({ entries: [{ file: 'fixture.json', entries }], countries, countryCodes: codes });
  if (problems.length) throw new Error(problems.join('\n'));
  return compileGazetteer({ entries, countries, codes, built: '2026-11-01' }).gazetteer;
}

let matcher: EntityMatcher | undefined;

export function fixtureMatcher(): EntityMatcher {
  matcher ??= createMatcher(fixtureGazetteer());
  return matcher;
}

/** What a reader would see: each marked text with the English name of what it links to. */
export function marks(text: string, lang: 'fa' | 'ar' = 'fa', published = '2024-12-02'): [string, string][] {
  return fixtureMatcher().match(text, { lang, published }).map((a) => [a.text, a.name.en]);
}

/** The English names linked in `text`. */
export function linked(text: string, lang: 'fa' | 'ar' = 'fa', published?: string): string[] {
  return marks(text, lang, published).map(([, name]) => name);
}

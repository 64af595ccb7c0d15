/**
 * The full title of a role in three languages, from its office, whose office it
 * is (`of`) and where it is posted (`to`): foreign-minister of IR →
 * «وزیر امور خارجه ایران» / «وزير خارجية إيران» / "Foreign Minister of Iran".
 * A curated `title` wins; the country is added only when the title does not
 * already name it («نخست‌وزیر اردن» stays as it is, "President" becomes
 * "President of Argentina").
 */
import type { Lang, Names, Office, RoleSource } from '../../lib/entities/gazetteer-source';
import type { Triple } from '../../lib/entities/compact';
import { foldKey } from '../../lib/text/fold';

/** Names of the entity a role refers to, with the aliases used to see whether a title names it. */
export interface Referent {
  names: Names;
  /** Folded names and aliases per language. */
  forms: Record<Lang, string[]>;
  isCountry: boolean;
}

type Template = Record<Lang, (of: string, to: string) => string>;

const t = (en: string, fa: string, ar: string): Template => ({
  en: (of, to) => en.replace('{of}', of).replace('{to}', to),
  fa: (of, to) => fa.replace('{of}', of).replace('{to}', to),
  ar: (of, to) => ar.replace('{of}', of).replace('{to}', to),
});

const TEMPLATES: Partial<Record<Office, Template>> = {
  'leader': t('Leader of {of}', 'رهبر {of}', 'قائد {of}'),
  'head-of-state': t('President of {of}', 'رئیس‌جمهور {of}', 'رئيس {of}'),
  'head-of-government': t('Prime Minister of {of}', 'نخست‌وزیر {of}', 'رئيس وزراء {of}'),
  'vice-president': t('Vice President of {of}', 'معاون رئیس‌جمهور {of}', 'نائب رئيس {of}'),
  'foreign-minister': t('Foreign Minister of {of}', 'وزیر امور خارجه {of}', 'وزير خارجية {of}'),
  'deputy-foreign-minister': t('Deputy Foreign Minister of {of}', 'معاون وزیر امور خارجه {of}', 'نائب وزير خارجية {of}'),
  'mfa-spokesperson': t('Foreign Ministry Spokesperson of {of}', 'سخنگوی وزارت امور خارجه {of}', 'المتحدث باسم وزارة خارجية {of}'),
  'un-ambassador': t('Ambassador of {of} to {to}', 'نماینده دائم {of} در {to}', 'مندوب {of} الدائم لدى {to}'),
  'ambassador': t('Ambassador of {of} to {to}', 'سفیر {of} در {to}', 'سفير {of} لدى {to}'),
  'chief-negotiator': t('Chief Negotiator of {of}', 'مذاکره‌کننده ارشد {of}', 'كبير مفاوضي {of}'),
  'snsc-secretary': t('Secretary of the Supreme National Security Council of {of}', 'دبیر شورای عالی امنیت ملی {of}', 'أمين المجلس الأعلى للأمن القومي في {of}'),
  'speaker': t('Speaker of the Parliament of {of}', 'رئیس مجلس {of}', 'رئيس برلمان {of}'),
  'secretary-general': t('Secretary-General of {of}', 'دبیرکل {of}', 'الأمين العام {of}'),
  'un-envoy': t('Special Envoy of {of} for {to}', 'فرستاده ویژه {of} در امور {to}', 'المبعوث الخاص {of} إلى {to}'),
};

/** English country names that take "the". */
const THE = /^(United |Republic |Democratic |Central African|Czech Republic|Dominican|Holy See)|(Islands|lands|ines|amas|ives|oros)$/;

export function englishWithArticle(name: string, isCountry: boolean): string {
  if (/^the /i.test(name)) return name;
  if (isCountry) return THE.test(name) ? `the ${name}` : name;
  return name.includes(' ') ? `the ${name}` : name;
}

/** «للأمم المتحدة», «لحزب الله»: "of …" after a definite Arabic head noun. */
export function arabicLi(name: string): string {
  return name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`;
}

function refName(ref: Referent, lang: Lang, role: 'of' | 'to', office: Office): string {
  const n = ref.names[lang];
  if (lang === 'en') return englishWithArticle(n, ref.isCountry);
  if (lang === 'ar' && role === 'of' && (office === 'secretary-general' || office === 'un-envoy')) return arabicLi(n);
  return n;
}

function mentions(title: string, ref: Referent, lang: Lang): boolean {
  const folded = foldKey(title.replace(/\u200c/g, ''));
  return ref.forms[lang].some((form) => form.length > 1 && folded.includes(stem(form, lang)));
}

/** The part of a name an adjective keeps: الأردن → اردن (الأردني), السعودية → سعود, Israel → Israel(i). */
function stem(form: string, lang: Lang): string {
  if (lang !== 'ar') return form;
  return form.replace(/^ال/, '').replace(/(یه|ه|ا)$/, '') || form;
}

/** Adds the office holder's country or organisation to a curated title that does not name it. */
function qualify(title: string, ref: Referent, lang: Lang): string {
  if (mentions(title, ref, lang)) return title;
  const n = ref.names[lang];
  if (lang === 'en') return / (of|to|for) /.test(title) ? `${title} (${n})` : `${title} of ${englishWithArticle(n, ref.isCountry)}`;
  if (lang === 'fa') return / (در|به) /.test(title) ? `${title} (${n})` : `${title} ${n}`;
  const last = title.split(' ').at(-1) ?? '';
  return last.startsWith('ال') || / (لدى|في|إلى) /.test(title) ? `${title} (${n})` : `${title} ${n}`;
}

const LANGS: readonly Lang[] = ['en', 'fa', 'ar'];

/** The role's title [en, fa, ar]. `to` defaults to the UN for UN ambassadors. */
export function roleTitle(role: RoleSource, of: Referent, to: Referent | undefined): Triple {
  const out = {} as Record<Lang, string>;
  const template = TEMPLATES[role.office];
  for (const lang of LANGS) {
    const given = role.title?.[lang];
    if (given) out[lang] = qualify(given, of, lang);
    else if (template) out[lang] = template[lang](refName(of, lang, 'of', role.office), to ? refName(to, lang, 'to', role.office) : '').replace(/ +(to|for|در|لدى|إلى|در امور)? *$/, '').trim();
    else out[lang] = role.title?.en ? qualify(role.title.en, of, 'en') : '';
  }
  return [out.en, out.fa, out.ar];
}

/**
 * Country entries generated at build time: names in fa/ar/en from CLDR (the
 * runtime's Intl.DisplayNames and the i18n-iso-countries tables), merged with the
 * curated extras of data/gazetteer/countries.json (news variants, weak forms,
 * descriptions). Names are never typed by hand here.
 */
import { createRequire } from 'node:module';
import type { AliasSet, CountryExtra, EntrySource, Lang, PartialNames } from '../../lib/entities/gazetteer-source';
import { stateStatus } from './states';

const LANGS: readonly Lang[] = ['en', 'fa', 'ar'];
const require = createRequire(import.meta.url);
type IsoTable = { countries: Record<string, string | string[]> };
const ISO: Record<Lang, IsoTable> = {
  en: require('i18n-iso-countries/langs/en.json') as IsoTable,
  fa: require('i18n-iso-countries/langs/fa.json') as IsoTable,
  ar: require('i18n-iso-countries/langs/ar.json') as IsoTable,
};

const DESC: Record<'member' | 'observer', PartialNames> = {
  member: { en: 'UN member state', fa: 'کشور عضو سازمان ملل متحد', ar: 'دولة عضو في الأمم المتحدة' },
  observer: { en: 'UN non-member observer state', fa: 'کشور ناظر غیرعضو سازمان ملل متحد', ar: 'دولة مراقبة غير عضو في الأمم المتحدة' },
};

/** CLDR's spellings of one country in one language, best first: long, then the other tables, then short. */
function cldrNames(code: string, lang: Lang): string[] {
  const long = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
  const short = new Intl.DisplayNames([lang], { type: 'region', style: 'short' }).of(code);
  const iso = ISO[lang].countries[code] ?? [];
  return [long, ...(Array.isArray(iso) ? iso : [iso]), short].filter((s): s is string => !!s && s !== code);
}

/** «میانمار (برمه)» → ['میانمار', 'برمه']; 'Bosnia & Herzegovina' → 'Bosnia and Herzegovina'. */
export function cleanCountryName(name: string): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  const parts = m ? [m[1]!, m[2]!] : [name];
  return parts.map((p) => p.replace(/\s*&\s*/g, ' and ').trim()).filter((p) => p !== '');
}

/** A display name news would use: no inverted «Korea, Republic of», no «Congo - Kinshasa» if better exists. */
function isPlainName(s: string): boolean {
  return !/[,،]| - /.test(s);
}

function namesFor(code: string, lang: Lang, extra?: CountryExtra): { name: string; aliases: string[] } {
  const all = cldrNames(code, lang).flatMap(cleanCountryName);
  const plain = all.filter(isPlainName);
  const name = extra?.name?.[lang] ?? plain[0] ?? all[0] ?? code;
  const aliases = [...new Set(all.filter((a) => !/[,،]/.test(a) && a !== name))];
  return { name, aliases };
}

/** The generated entry for `code`, curated extras merged in. */
export function countryEntry(code: string, extra: CountryExtra | undefined): EntrySource {
  const names = {} as Record<Lang, string>;
  const aliases: AliasSet = {};
  for (const lang of LANGS) {
    const n = namesFor(code, lang, extra);
    names[lang] = n.name;
    aliases[lang] = [...new Set([...n.aliases, ...(extra?.aliases?.[lang] ?? [])])];
  }
  const status = stateStatus(code);
  return {
    id: `country:${code}`,
    type: 'country',
    qid: extra?.qid ?? null,
    name: names,
    desc: extra?.desc ?? (status === 'other' ? undefined : DESC[status]),
    aliases,
    weak: extra?.weak,
    country: code,
  };
}

/** Whether i18n-iso-countries (CLDR) knows the code. */
export function isIsoCode(code: string): boolean {
  return code in ISO.en.countries;
}

/**
 * Turns a curated alias into the folded keys the matcher indexes (build time).
 *
 * A space in a key marks a place where text may have a space or nothing: the
 * matcher accepts both (علی رضا / علیرضا, سید عباس / سیدعباس). So the variants are
 * not listed one by one; the build only decides where breaks may fall:
 * - wherever the alias has a space or a ZWNJ (تحریم‌ها ↔ تحریم ها ↔ تحریمها);
 * - inside joined Persian/Arabic given names after a known first element
 *   (علیرضا → علی رضا, محمدجواد → محمد جواد, عبدالله → عبد الله).
 * Spelling variants that folding cannot equate are added as separate keys:
 * - Arabic press spelling of Persian names (عراقچی → عراقجي, گروسی → غروسي);
 * - a final hamza written or dropped (اعضاء / اعضا);
 * - Persian bureaucratic short and long forms: «وزارت امور خارجه» / «وزارت خارجه»,
 *   and «… ایران» / «… جمهوری اسلامی ایران» at the end of an institution's name.
 * Folding itself equates ي/ی, ك/ک, ة/ه, hamza seats (بقائی/بقایی), diacritics, tatweel.
 */
import { foldKey } from '../text/fold';
import type { EntityType, Lang } from './gazetteer-source';

export interface AliasKey {
  lang: Lang;
  key: string;
}

const ZWNJ = /\u200c/g;
/** First elements of joined given names; a break may follow them. */
const NAME_HEADS = ['سید', 'علی', 'محمد', 'امیر', 'غلام', 'عبد', 'ابو', 'حسین', 'حسن'].map(foldKey);
const FOREIGN_AFFAIRS = / امور خارجه/;
const IRAN_END = new RegExp(` ${foldKey('ایران')}$`);
const IRI = ` ${foldKey('جمهوری اسلامی ایران')}`;
/** Institutions: where «… ایران» is also written «… جمهوری اسلامی ایران». */
const INSTITUTIONS: ReadonlySet<EntityType> = new Set(['org', 'agency']);

/** Types whose aliases are names of people and places, where the Arabic press transliterates Persian. */
const NAMED: ReadonlySet<EntityType> = new Set(['person', 'city']);

/** The folded key of one spelling, with a space at every optional break. */
export function foldAlias(alias: string): string {
  const withoutParens = alias.replace(/\s*\([^)]*\)\s*$/, '');
  return foldKey((withoutParens.trim() === '' ? alias : withoutParens).replace(ZWNJ, ' ')).replace(/ +/g, ' ');
}

/** Adds breaks after known heads of joined given names (علیرضا → علی رضا). */
export function splitNameHeads(key: string): string {
  return key.split(' ').map(splitToken).join(' ');
}

function splitToken(token: string): string {
  for (const head of NAME_HEADS) {
    if (token.length >= head.length + 2 && token.startsWith(head)) {
      return `${head} ${splitToken(token.slice(head.length))}`;
    }
  }
  return token;
}

/** Arabic renderings of Persian letters: پ→ب, چ→ج, ژ→ز, گ→ک|ج|غ. */
export function arabicTransliterations(faKey: string): string[] {
  if (!/[پچژگ]/.test(faKey)) return [];
  const base = faKey.replace(/پ/g, 'ب').replace(/چ/g, 'ج').replace(/ژ/g, 'ز');
  if (!base.includes('گ')) return [base];
  return ['ک', 'ج', 'غ'].map((g) => base.replace(/گ/g, g));
}

/** «وزارت امور خارجه روسیه» → «وزارت خارجه روسیه»; «سفارت ایران» → «سفارت جمهوری اسلامی ایران». */
export function persianLongShort(key: string, type: EntityType): string[] {
  const out: string[] = [];
  for (const k of [key, ...(FOREIGN_AFFAIRS.test(key) ? [key.replace(FOREIGN_AFFAIRS, ' خارجه')] : [])]) {
    if (k !== key) out.push(k);
    if (INSTITUTIONS.has(type) && IRAN_END.test(k)) out.push(k.replace(IRAN_END, IRI));
  }
  return out;
}

/** Every key for one alias of an entity of `type`, written in `lang`. */
export function aliasKeys(alias: string, lang: Lang, type: EntityType): AliasKey[] {
  let key = foldAlias(alias);
  if (key === '') return [];
  if (lang === 'en') return [{ lang, key }];
  if (NAMED.has(type)) key = splitNameHeads(key);
  const out: AliasKey[] = [{ lang, key }];
  if (key.endsWith('ء')) out.push({ lang, key: key.slice(0, -1).trimEnd() });
  if (lang === 'fa') out.push(...persianLongShort(key, type).map((k) => ({ lang, key: k })));
  if (lang === 'fa' && NAMED.has(type)) for (const t of arabicTransliterations(key)) out.push({ lang: 'ar', key: t });
  return out.filter((k) => k.key !== '');
}

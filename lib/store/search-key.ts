/**
 * The text search compares: Persian/Arabic folded as everywhere in Negah (no ZWNJ,
 * ي→ی, ك→ک, no diacritics or tatweel, Persian digits as ASCII), Latin lower-cased
 * and without accents. Query and index pass through the same function.
 */
import { fold } from '../text/fold';

const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

export function searchKey(s: string): string {
  let k = fold(s).text.toLowerCase();
  if (LATIN_ACCENTED.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return k;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a query, folded; one-letter words carry no meaning for search and are dropped. */
export function queryWords(query: string): string[] {
  return [...new Set(searchKey(query).match(WORD) ?? [])].filter((w) => w.length > 1);
}

/** Most words an article contributes to the full-text index: the article's start matters most. */
export const MAX_TERMS = 4000;
const MAX_TERM_LENGTH = 40;
/** How much of an article the word index reads: far more than any news story, and a 1 MB one stays quick to save. */
const MAX_INDEXED_CHARS = 200_000;

/**
 * The distinct folded words of an article, in order of first appearance. Arabic
 * words also go in without their article «ال» so that «اتفاق» finds «الاتفاق».
 */
export function termsOf(text: string, max = MAX_TERMS): string[] {
  const out = new Set<string>();
  WORD.lastIndex = 0;
  const key = searchKey(text.length > MAX_INDEXED_CHARS ? text.slice(0, MAX_INDEXED_CHARS) : text);
  for (let m = WORD.exec(key); m && out.size < max; m = WORD.exec(key)) {
    const w = m[0];
    if (w.length < 2 || w.length > MAX_TERM_LENGTH) continue;
    out.add(w);
    if (w.length >= 5 && w.startsWith('ال')) out.add(w.slice(2));
  }
  return [...out].slice(0, max);
}

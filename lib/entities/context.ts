/**
 * The words around a hit in folded text, for context cues: «به گزارش فارس»,
 * «در شهر زیبای دوشنبه»,  «روز دوشنبه». Words are runs of letters and digits;
 * a clause boundary (punctuation other than a hyphen, a line break) ends the look.
 */
import { isWordCode } from './chars';

const BRACKETS = new Set([0x20, 0x28, 0x29, 0xab, 0xbb, 0x22]); // space ( ) « » "

/**
 * Up to `max` words before `pos`, nearest first, not crossing punctuation; with
 * `acrossBrackets`, brackets and quotes are stepped over («(محمد جواد) ظريف»).
 */
export function wordsBefore(text: string, pos: number, max: number, acrossBrackets = false): string[] {
  const out: string[] = [];
  let p = pos - 1;
  while (out.length < max) {
    while (p >= 0 && (acrossBrackets ? BRACKETS.has(text.charCodeAt(p)) : text.charCodeAt(p) === 0x20)) p--;
    if (p < 0 || !isWordCode(text.charCodeAt(p))) break;
    const end = p + 1;
    while (p >= 0 && isWordCode(text.charCodeAt(p))) p--;
    out.push(text.slice(p + 1, end));
  }
  return out;
}

/** Up to `max` words after `pos`, nearest first, not crossing punctuation. */
export function wordsAfter(text: string, pos: number, max: number): string[] {
  const out: string[] = [];
  const n = text.length;
  let p = pos;
  while (out.length < max) {
    while (p < n && text.charCodeAt(p) === 0x20) p++;
    if (p >= n || !isWordCode(text.charCodeAt(p))) break;
    const start = p;
    while (p < n && isWordCode(text.charCodeAt(p))) p++;
    out.push(text.slice(start, p));
  }
  return out;
}

/** The first non-space code unit before `pos` (0 at the start). */
export function charBefore(text: string, pos: number): number {
  let p = pos - 1;
  while (p >= 0 && text.charCodeAt(p) === 0x20) p--;
  return p < 0 ? 0 : text.charCodeAt(p);
}

/** The first non-space code unit at or after `pos` (0 at the end). */
export function charAfter(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && text.charCodeAt(p) === 0x20) p++;
  return p >= text.length ? 0 : text.charCodeAt(p);
}

/** Whether a word is a number (folded digits are ASCII). */
export function isNumber(word: string | undefined): boolean {
  return word !== undefined && /^\d+$/.test(word);
}

/**
 * Character classes and affixes of the folded text (lib/text/fold.ts): what is
 * part of a word, which Persian suffixes may follow a name, which Arabic
 * proclitics may precede one. entities.md §2.3.
 */
import { foldKey } from '../text/fold';

/** 1 for code units that belong to a word: Arabic-script letters, Latin letters, digits. */
const WORD = buildWordTable();

function buildWordTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const range = (a: number, b: number) => t.fill(1, a, b + 1);
  range(0x30, 0x39);
  range(0x41, 0x5a);
  range(0x61, 0x7a);
  range(0xc0, 0x24f);
  range(0x0621, 0x063a);
  range(0x0641, 0x064a);
  range(0x066e, 0x06d3);
  t[0x06d5] = 1;
  range(0x06ee, 0x06ef);
  range(0x06fa, 0x06fc);
  t[0x06ff] = 1;
  return t;
}

export function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}

export const SPACE = 0x20;

const HEH = 0x0647;
const YEH = 0x06cc;
const ALEF = 0x0627;
const WAW = 0x0648;

const ALWAYS = ['هایی', 'های', 'ها'];
/**
 * ی/ای/یان follow a name only after a vowel: ezafe (سوریه‌ی, آمریکای), adjective
 * (ترکیه‌ای). After a consonant they make a demonym or another word (ایرانی,
 * ایرانیان, حلبی, تهرانی), which is not the place itself.
 */
const AFTER_HEH = ['هایی', 'های', 'ها', 'ای', 'ی'];
const AFTER_LONG_VOWEL = ['هایی', 'های', 'ها', 'یان', 'ی'];

/** The Persian suffix at `pos` after a name whose last letter is `last`, ending a word; its length or 0. */
export function persianSuffixAt(text: string, pos: number, last: number): number {
  const first = text.charCodeAt(pos);
  if (first !== HEH && first !== YEH && first !== ALEF) return 0; // every suffix starts with ه, ی or ا
  const list = last === HEH ? AFTER_HEH : last === ALEF || last === WAW ? AFTER_LONG_VOWEL : ALWAYS;
  for (const s of list) {
    if (text.startsWith(s, pos) && !isWordCode(text.charCodeAt(pos + s.length))) return s.length;
  }
  return 0;
}

/** Arabic proclitics before a name: [وف]? then [بلك]?. 'ال' belongs to the name. */
const CONJ = new Set([...'وف'].map((c) => c.charCodeAt(0)));
const PREP = new Set([...foldKey('بلك')].map((c) => c.charCodeAt(0)));
export const LAM = 0x0644;
export const ALEF_CODE = ALEF;

/**
 * Where a name may start inside the token at `pos` once proclitics are set aside
 * (وسوريا → سوريا, بالعراق → العراق), nearest first; `pos` itself not included.
 */
export function procliticStarts(text: string, pos: number): number[] {
  const out: number[] = [];
  let p = pos;
  if (CONJ.has(text.charCodeAt(p)) && isWordCode(text.charCodeAt(p + 1))) out.push(++p);
  if (PREP.has(text.charCodeAt(p)) && isWordCode(text.charCodeAt(p + 1))) out.push(p + 1);
  return out;
}

/**
 * «للأمم»: the preposition ل before the article ال drops the article's alef.
 * Returns the position of the article's lam (the second ل), or -1.
 */
export function lamLamAt(text: string, pos: number): number {
  const p = CONJ.has(text.charCodeAt(pos)) ? pos + 1 : pos;
  return text.charCodeAt(p) === LAM && text.charCodeAt(p + 1) === LAM && isWordCode(text.charCodeAt(p + 2)) ? p + 1 : -1;
}

/** A folded key for a word list written in natural spelling. */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => foldKey(w.replace(/\u200c/g, ''))));
}

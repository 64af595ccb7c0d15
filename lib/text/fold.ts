/**
 * The match key for Persian and Arabic text: one aggressive, table-driven fold
 * applied identically to page text and to every lexicon (dates, gazetteer), with
 * a map from each folded code unit back to the original text so that marks land
 * on the page's own characters. Rules: ../shared/reference/entities.md §2.3 and
 * dates.md §2.2.
 */

export interface Folded {
  /** The folded text. */
  readonly text: string;
  /** map[i] = offset in the original of folded code unit i; map[text.length] = original length. */
  readonly map: Int32Array;
}

const DROP = -1;
const EXPAND = -2;
/** Folded code unit for each UTF-16 code unit; DROP deletes, EXPAND uses NFKC. */
const TABLE = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const set = (chars: string, to: string | number) => {
    const code = typeof to === 'number' ? to : to.charCodeAt(0);
    for (const ch of chars) t[ch.charCodeAt(0)] = code;
  };
  const range = (from: number, to: number, value: number) => {
    for (let c = from; c <= to; c++) t[c] = value;
  };
  // Harakat (incl. U+0654 hamza above), superscript alef, Quranic marks, tatweel: gone.
  range(0x064b, 0x065f, DROP);
  range(0x0610, 0x061a, DROP);
  range(0x06d6, 0x06ed, DROP);
  t[0x0670] = DROP;
  t[0x0640] = DROP;
  // Joiners, bidi controls, BOM, soft hyphen: gone. ZWNJ ≈ nothing inside words.
  range(0x200b, 0x200f, DROP);
  range(0x202a, 0x202e, DROP);
  range(0x2066, 0x2069, DROP);
  t[0x061c] = DROP;
  t[0xfeff] = DROP;
  t[0x00ad] = DROP;
  // Letter families.
  set('يىېۍێےئ', 'ی');
  set('كڪګ', 'ک');
  set('ةۀەہھۂ', 'ه');
  set('أإٱٲٳآ', 'ا');
  set('ؤۇۆ', 'و');
  // Digits: Persian and Arabic-Indic to ASCII.
  for (let d = 0; d < 10; d++) {
    t[0x06f0 + d] = 0x30 + d;
    t[0x0660 + d] = 0x30 + d;
  }
  // Punctuation with Latin twins; the Arabic thousands separator becomes a comma so
  // that «۱٬۴۰۳» reads as one number, never as a year.
  set('،', ',');
  set('؛', ';');
  set('؟', '?');
  set('٬', ',');
  set('٫', '.');
  // Spaces (tabs, NBSP, thin and narrow spaces) are one space; line breaks stay breaks.
  set('\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');
  set('\r\u2028\u2029\u0085', '\n');
  // Presentation forms fold to their base letters through NFKC.
  range(0xfb50, 0xfdff, EXPAND);
  range(0xfe70, 0xfefc, EXPAND);
  return t;
}

/** Folds `input`; see the module comment. */
export function fold(input: string): Folded {
  const n = input.length;
  let out: Uint16Array<ArrayBuffer> = new Uint16Array(n + 16);
  let map: Int32Array<ArrayBuffer> = new Int32Array(n + 17);
  let j = 0;
  let lastSpace = true; // collapse leading spaces too
  /** Appends folded unit `f` (from source offset `i`), a run of whitespace becoming one character: a break if the run holds one. */
  const emit = (f: number, i: number) => {
    if (f === 0x20 || f === 0x0a) {
      if (lastSpace) {
        if (f === 0x0a && j > 0) out[j - 1] = 0x0a;
        return;
      }
      lastSpace = true;
    } else lastSpace = false;
    if (j + 2 >= out.length) [out, map] = grow(out, map, 16);
    out[j] = f;
    map[j++] = i;
  };
  for (let i = 0; i < n; i++) {
    const f = TABLE[input.charCodeAt(i)]!;
    if (f === DROP) continue;
    if (f !== EXPAND) {
      emit(f, i);
      continue;
    }
    const expanded = input[i]!.normalize('NFKC');
    // An isolated diacritic (U+FE70–FE7F, some ligatures) is a space and a mark in NFKC: it is
    // a diacritic all the same, and goes with them — its space must not split a word.
    if (isSpacingMark(expanded)) continue;
    for (let k = 0; k < expanded.length; k++) {
      const e = TABLE[expanded.charCodeAt(k)]!;
      if (e >= 0) emit(e, i);
    }
  }
  map[j] = n;
  const text = decode(out.subarray(0, j));
  return { text, map: map.subarray(0, j + 1) };
}

/** A space followed only by code units the fold drops: what NFKC makes of an isolated diacritic. */
function isSpacingMark(expanded: string): boolean {
  if (expanded[0] !== ' ' || expanded.length < 2) return false;
  for (let k = 1; k < expanded.length; k++) if (TABLE[expanded.charCodeAt(k)] !== DROP) return false;
  return true;
}

function grow(out: Uint16Array<ArrayBuffer>, map: Int32Array<ArrayBuffer>, extra: number): [Uint16Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const size = out.length * 2 + extra;
  const o = new Uint16Array(size);
  o.set(out);
  const m = new Int32Array(size + 1);
  m.set(map);
  return [o, m];
}

const CHUNK = 8192;
function decode(units: Uint16Array): string {
  let s = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}

/** Folds a lexicon entry or query: the same rules, without the map. */
export function foldKey(s: string): string {
  return fold(s).text.trim();
}

const COMBINING = /[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u0640]/;

/**
 * The original span of folded [start, end): from the first folded unit's source to
 * just after the last one's, taking along the diacritics and tatweel that belong
 * to the last letter so a mark never splits a grapheme.
 */
export function originalSpan(original: string, folded: Folded, start: number, end: number): [number, number] {
  const from = folded.map[start]!;
  if (end <= start) return [from, from];
  let to = folded.map[end - 1]! + 1;
  const next = folded.map[end]!;
  while (to < next && COMBINING.test(original[to]!)) to++;
  return [from, to];
}

/**
 * Splits folded text into numbers, words and single punctuation marks, in typed
 * arrays so that megabytes of news cost no per-token objects. Each word carries its
 * lexicon group (or −1), joined over up to three words for names like «تشرين الأول».
 * Whitespace is not a token; `gap` says what preceded a token: 0 nothing, 1 a space,
 * 2 a line break (or the start of the text).
 */
import { GROUPS, MAX_KEY_LENGTH, lookup, lookupHashed, type LexKind, type LexemeOf } from './lexicon';

export const NUM = 1;
export const WORD = 2;
export const PUNCT = 3;

export interface TokenStream {
  /** The folded text the offsets refer to. */
  readonly text: string;
  readonly n: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly gap: Uint8Array;
  /** NUM: the value (−1 past nine digits); WORD: the lexicon group (−1 none). */
  readonly value: Int32Array;
  /** WORD: how many tokens its lexicon key spans (1 for one word). */
  readonly span: Uint8Array;
}

/** Character classes of the folded text: letters, digits, spaces; 0 for the rest. */
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const CLASS = buildClasses();

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const letters = (from: number, to: number) => t.fill(LETTER, from, to + 1);
  letters(0x0621, 0x064a);
  letters(0x066e, 0x06d3);
  letters(0x06d5, 0x06d5);
  letters(0x06ee, 0x06ff);
  letters(0x0750, 0x077f);
  letters(0x08a0, 0x08ff);
  letters(0x41, 0x5a);
  letters(0x61, 0x7a);
  t.fill(DIGIT, 0x30, 0x3a);
  t[0x20] = SPACE;
  t[0x0a] = SPACE;
  return t;
}

interface Builder {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
  value: Int32Array;
  span: Uint8Array;
}

function allocate(size: number): Builder {
  return {
    kind: new Uint8Array(size), start: new Int32Array(size), end: new Int32Array(size),
    gap: new Uint8Array(size), value: new Int32Array(size), span: new Uint8Array(size),
  };
}

function grow(b: Builder, size: number): Builder {
  const g = allocate(size);
  g.kind.set(b.kind); g.start.set(b.start); g.end.set(b.end); g.gap.set(b.gap); g.value.set(b.value); g.span.set(b.span);
  return g;
}

/** Tokenizes folded text; see the module comment. */
export function tokenize(text: string): TokenStream {
  const len = text.length;
  let b = allocate((len >> 2) + 16);
  let n = 0;
  let gap = 2;
  let i = 0;
  // One read of each character (0 past the end, never NaN, so `c` stays a small
  // integer); the word hash is computed while scanning (lexicon.ts).
  let c = len > 0 ? text.charCodeAt(0) : 0;
  while (i < len) {
    const cls = CLASS[c]!;
    if (cls === SPACE) {
      if (c === 0x0a) gap = 2;
      else if (gap === 0) gap = 1;
      c = ++i < len ? text.charCodeAt(i) : 0;
      continue;
    }
    if (n >= b.kind.length) b = grow(b, b.kind.length * 2);
    const from = i;
    if (cls === DIGIT) {
      let v = 0;
      do {
        v = v * 10 + c - 0x30;
        c = ++i < len ? text.charCodeAt(i) : 0;
      } while (CLASS[c] === DIGIT);
      b.kind[n] = NUM;
      b.value[n] = i - from > 9 ? -1 : v;
    } else if (cls === LETTER) {
      let h = 0;
      do {
        h = (Math.imul(h, 31) + (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)) | 0;
        c = ++i < len ? text.charCodeAt(i) : 0;
      } while (CLASS[c] === LETTER);
      b.kind[n] = WORD;
      b.value[n] = i - from <= MAX_KEY_LENGTH ? lookupHashed(text, from, i, h) : -1;
    } else {
      c = ++i < len ? text.charCodeAt(i) : 0;
      b.kind[n] = PUNCT;
      b.value[n] = -1;
    }
    b.start[n] = from;
    b.end[n] = i;
    b.gap[n] = gap;
    b.span[n] = 1;
    gap = 0;
    n++;
  }
  const ts: TokenStream = { text, n, ...b };
  joinMultiWord(ts);
  return ts;
}

function wordKey(text: string, from: number, to: number): string {
  const w = text.slice(from, to);
  return w.charCodeAt(0) < 0x80 ? w.toLowerCase() : w;
}

/** Gives a word that starts a multi-word name the group of the longest name that fits. */
function joinMultiWord(ts: TokenStream): void {
  for (let i = 0; i < ts.n; i++) {
    const most = lex(ts, i, 'prefix')?.words ?? 0;
    if (most < 2) continue;
    let key = wordKey(ts.text, ts.start[i]!, ts.end[i]!);
    for (let k = 1; k < most && i + k < ts.n; k++) {
      const j = i + k;
      if (ts.kind[j] !== WORD || ts.gap[j] === 2) break;
      key += wordKey(ts.text, ts.start[j]!, ts.end[j]!);
      const id = lookup(key);
      if (id >= 0) {
        ts.value[i] = id;
        ts.span[i] = k + 1;
      }
    }
  }
}

/** The lexeme of `kind` that token i carries, if any. */
export function lex<K extends LexKind>(ts: TokenStream, i: number, kind: K): LexemeOf<K> | undefined {
  if (i < 0 || i >= ts.n || ts.kind[i] !== WORD) return undefined;
  const id = ts.value[i]!;
  if (id < 0) return undefined;
  for (const l of GROUPS[id]!) if (l.kind === kind) return l as LexemeOf<K>;
  return undefined;
}

/** Every lexeme of `kind` that token i carries («مارس» is March in Persian and in Arabic). */
export function lexAll<K extends LexKind>(ts: TokenStream, i: number, kind: K): LexemeOf<K>[] {
  if (i < 0 || i >= ts.n || ts.kind[i] !== WORD || ts.value[i]! < 0) return [];
  return GROUPS[ts.value[i]!]!.filter((l) => l.kind === kind) as LexemeOf<K>[];
}

/** Index after the lexicon key at i (multi-word names span several tokens). */
export function after(ts: TokenStream, i: number): number {
  return i + (ts.kind[i] === WORD ? ts.span[i]! : 1);
}

export function isNum(ts: TokenStream, i: number): boolean {
  return i >= 0 && i < ts.n && ts.kind[i] === NUM;
}

/** Digits in the number token i. */
export function digitCount(ts: TokenStream, i: number): number {
  return ts.end[i]! - ts.start[i]!;
}

export function isPunct(ts: TokenStream, i: number, chars: string): boolean {
  return i >= 0 && i < ts.n && ts.kind[i] === PUNCT && chars.includes(ts.text[ts.start[i]!]!);
}

/** Token i is one of `words` (folded spellings), compared in place without a substring. */
export function isWord(ts: TokenStream, i: number, ...words: string[]): boolean {
  if (i < 0 || i >= ts.n || ts.kind[i] !== WORD) return false;
  const from = ts.start[i]!;
  const length = ts.end[i]! - from;
  return words.some((w) => w.length === length && ts.text.startsWith(w, from));
}

export function wordAt(ts: TokenStream, i: number): string {
  return i >= 0 && i < ts.n ? ts.text.slice(ts.start[i]!, ts.end[i]!) : '';
}

/** No whitespace between token i−1 and token i. */
export function glued(ts: TokenStream, i: number): boolean {
  return i < ts.n && ts.gap[i] === 0;
}

/** Token i is on the same line as the token before it. */
export function sameLine(ts: TokenStream, i: number): boolean {
  return i < ts.n && ts.gap[i]! < 2;
}

/**
 * Finds every place in folded text where a gazetteer key ends on a word
 * boundary: the trie is walked from each word start (never from inside a word),
 * also from after Arabic proclitics (وسوريا, بالعراق, للأمم) and after the
 * honorific سید (سیدعباس عراقچی). Which of the hits become marks is decided
 * later (resolve.ts): this step knows nothing about context.
 */
import { isWordCode, lamLamAt, persianSuffixAt, procliticStarts, SPACE, ALEF_CODE } from './chars';
import type { KeyTrie } from './trie';
import { foldKey } from '../text/fold';

/** How the walk reached the name. */
export const Via = { Direct: 0, Proclitic: 1, Honorific: 2 } as const;
export type Via = (typeof Via)[keyof typeof Via];

export interface Hit {
  /** Folded offset of the word the hit starts in (before any proclitic or honorific). */
  token: number;
  /** Folded [start, end) of the mark: the name, without proclitic or suffix (with سید). */
  start: number;
  end: number;
  /** End of the word including a Persian suffix. */
  wordEnd: number;
  /** Trie node whose payloads name the candidates. */
  node: number;
  via: Via;
}

const SEYYED = foldKey('سید');
const SEYYED_FIRST = SEYYED.charCodeAt(0);

/** All hits in `text`, ordered by token, then by walk. */
export function scan(text: string, trie: KeyTrie, lang: 'fa' | 'ar'): Hit[] {
  const hits: Hit[] = [];
  const n = text.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !prevWord) scanToken(text, i, trie, lang, hits);
    prevWord = word;
  }
  return hits;
}

function scanToken(text: string, i: number, trie: KeyTrie, lang: 'fa' | 'ar', hits: Hit[]): void {
  walk(text, trie, 0, i, i, i, Via.Direct, lang, hits);
  if (lang === 'ar') {
    for (const p of procliticStarts(text, i)) walk(text, trie, 0, p, p, i, Via.Proclitic, lang, hits);
    const lam = lamLamAt(text, i);
    if (lam >= 0) {
      const afterAlef = trie.child(0, ALEF_CODE);
      // The mark keeps the preposition: «للأمم» has no letter that is the article's alone.
      if (afterAlef >= 0) walk(text, trie, afterAlef, lam, lam - 1, i, Via.Proclitic, lang, hits);
    }
  } else if (text.charCodeAt(i) === SEYYED_FIRST && text.startsWith(SEYYED, i)) {
    let p = i + SEYYED.length;
    if (text.charCodeAt(p) === SPACE) p++;
    if (p > i + SEYYED.length || isWordCode(text.charCodeAt(p))) walk(text, trie, 0, p, i, i, Via.Honorific, lang, hits);
  }
}

/** Walks from `node` at text position `pos`; records a hit wherever a key ends on a boundary. */
function walk(text: string, trie: KeyTrie, node: number, pos: number, start: number, token: number, via: Via, lang: 'fa' | 'ar', hits: Hit[]): void {
  const n = text.length;
  let p = pos;
  while (p < n) {
    let code = text.charCodeAt(p);
    if (code === SPACE) {
      // One space may stand where the key allows a break (علی رضا for علیرضا).
      if (p === pos || !trie.breakAfter(node) || !isWordCode(text.charCodeAt(p + 1))) return;
      code = text.charCodeAt(++p);
    }
    const child = trie.child(node, code);
    if (child < 0) return;
    node = child;
    p++;
    if (trie.hasPayload(node)) recordIfBounded(text, p, node, start, token, via, lang, hits);
  }
}

function recordIfBounded(text: string, p: number, node: number, start: number, token: number, via: Via, lang: 'fa' | 'ar', hits: Hit[]): void {
  // A key ends a word when the next code unit is not a letter (or the key itself ended on punctuation: U.N.).
  if (!isWordCode(text.charCodeAt(p)) || !isWordCode(text.charCodeAt(p - 1))) {
    hits.push({ token, start, end: p, wordEnd: p, node, via });
    return;
  }
  if (lang !== 'fa') return;
  const suffix = persianSuffixAt(text, p, text.charCodeAt(p - 1));
  if (suffix > 0) hits.push({ token, start, end: p, wordEnd: p + suffix, node, via });
}

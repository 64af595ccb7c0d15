/**
 * The runtime form of the gazetteer (.generated/gazetteer.json), written by
 * scripts/build-gazetteer.ts and read by the matcher and the tooltip. Short keys,
 * aliases already folded, no sources or curator notes the tooltip does not show.
 *
 * Alias keys are folded (lib/text/fold.ts) and carry a space wherever the text may
 * put a space or nothing (علی رضا / علیرضا, تحریم ها / تحریم‌ها); the matcher
 * treats those spaces as optional and ignores all others.
 */
import type { EntityType, Office } from './gazetteer-source';

export const COMPACT_VERSION = 1;

/**
 * Folded keys per language; 'f' Persian, 'r' Arabic, 'e' English. English keys
 * are kept only for acronyms (IAEA, CICA), the Latin text a Persian or Arabic
 * page actually contains. An empty string stands for the entry's name in that
 * language when the name is its own key (most Persian names), to save space.
 */
export interface CompactKeys {
  f?: string[];
  r?: string[];
  e?: string[];
}

/** Names [en, fa, ar]. */
export type Triple = [string, string, string];

/**
 * Interface text [en, fa] (fa may be ''). The tooltip speaks the interface
 * language, English or Persian, so Arabic descriptions are not shipped.
 */
export type Pair = [string, string];

export interface CompactRole {
  o: Office;
  /** Index into CompactGazetteer.titles: the office's full title. */
  t: number;
  /** Whose office it is: an ISO2 code or an entity id, as curated. */
  of: string;
  s?: string;
  /** null: still held when reviewed; absent: unknown. */
  e?: string | null;
  /** Acting. */
  a?: 1;
  /** What is uncertain about the role. */
  u?: string;
}

export interface CompactEntry {
  /** Id, e.g. 'person:abbas-araghchi', 'country:IR'. */
  i: string;
  t: EntityType;
  /** Names [en, fa, ar]. */
  n: Triple;
  /** One-line description. */
  d?: Pair;
  /** Gloss (terms). */
  g?: Pair;
  q?: string;
  /** ISO2 of the entity's country. */
  c?: string;
  r?: CompactRole[];
  u?: string;
  /** Strong keys: match anywhere. */
  k?: CompactKeys;
  /** Weak keys: only with a context cue or after a strong mention. */
  w?: CompactKeys;
  /** Surname keys: after the full name or a title. */
  s?: CompactKeys;
}

export interface CompactGazetteer {
  v: typeof COMPACT_VERSION;
  /** When the file was built, ISO date. */
  built: string;
  entries: CompactEntry[];
  /** Role titles, shared: many people held the same office. */
  titles: Pair[];
  /** Folded forms that are never an entity (حلبی, ایرانی, خلیج فارس), per language. */
  block: CompactKeys;
}

export type KeyLang = keyof CompactKeys;
export const KEY_LANGS: readonly KeyLang[] = ['f', 'r', 'e'];
export const KEY_LANG_OF = { fa: 'f', ar: 'r', en: 'e' } as const;

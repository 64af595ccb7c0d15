/**
 * The runtime gazetteer: the compact entries (lib/entities/compact.ts) plus the
 * key trie the matcher walks. Built once per page from the parsed JSON.
 */
import type { CompactGazetteer, CompactEntry, CompactKeys, KeyLang } from './compact';
import type { Names } from './gazetteer-source';
import { KeyTrie } from './trie';
import { foldKey } from '../text/fold';

/** How a key names its entity (compact.ts: k, w, s) or that it names nothing (block). */
export const Kind = { Strong: 0, Weak: 1, Surname: 2, Block: 3 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Key language in a payload: 0 Persian, 1 Arabic, 2 English (Latin). */
export const LANG_CODE: Record<KeyLang, number> = { f: 0, r: 1, e: 2 };
const KEY_LANGS: readonly KeyLang[] = ['f', 'r', 'e'];

/** A trie payload: which entity, through which kind of key, in which language. */
export const packPayload = (entity: number, kind: Kind, lang: number) => (entity << 4) | (kind << 2) | lang;
export const payloadEntity = (p: number) => p >> 4;
export const payloadKind = (p: number) => ((p >> 2) & 3) as Kind;
export const payloadLang = (p: number) => p & 3;

export class Gazetteer {
  readonly entries: readonly CompactEntry[];
  readonly titles: CompactGazetteer['titles'];
  readonly trie: KeyTrie;
  private readonly byId = new Map<string, number>();
  private readonly nameWords = new Map<number, ReadonlySet<string>>();
  private readonly nameObjects: (Names | undefined)[] = [];
  /** ISO2 each entity belongs to: a country's own code, `c` for the others. */
  readonly countryOf: readonly (string | undefined)[];

  /** `deferKeys`: leave the trie empty; `buildGazetteer` fills it a slice at a time. */
  constructor(private readonly data: CompactGazetteer, deferKeys = false) {
    this.entries = data.entries;
    this.titles = data.titles;
    this.entries.forEach((e, i) => this.byId.set(e.i, i));
    this.countryOf = this.entries.map((e) => (e.t === 'country' ? e.i.slice('country:'.length) : e.c));
    this.trie = new KeyTrie(keyUnits(data));
    if (deferKeys) return;
    this.addKeys(0, this.entries.length);
    this.addBlocklist();
  }

  /** Puts the keys of entries [from, to) into the trie. */
  addKeys(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const e = this.entries[i]!;
      addKeys(this.trie, e.k, i, Kind.Strong, e.n);
      addKeys(this.trie, e.w, i, Kind.Weak);
      addKeys(this.trie, e.s, i, Kind.Surname);
    }
  }

  addBlocklist(): void {
    addKeys(this.trie, this.data.block, 0, Kind.Block);
  }

  /** Entry index of an id ('person:…', 'country:IR') or a bare ISO2 code; -1 if unknown. */
  indexOf(idOrIso: string): number {
    return this.byId.get(/^[A-Z]{2}$/.test(idOrIso) ? `country:${idOrIso}` : idOrIso) ?? -1;
  }

  /** The folded words of an entity's Persian and Arabic names (for «محمد جواد … ظريف»). */
  nameTokens(entity: number): ReadonlySet<string> {
    let words = this.nameWords.get(entity);
    if (!words) {
      const [, fa, ar] = this.entries[entity]!.n;
      words = new Set(`${foldKey(fa.replace(/\u200c/g, ' '))} ${foldKey(ar)}`.split(' ').filter((w) => w.length > 1));
      this.nameWords.set(entity, words);
    }
    return words;
  }

  /** The entity's names as one shared object (marks of the same entity share it; do not mutate). */
  names(entity: number): Names {
    let names = this.nameObjects[entity];
    if (!names) {
      const [en, fa, ar] = this.entries[entity]!.n;
      names = Object.freeze({ en, fa, ar });
      this.nameObjects[entity] = names;
    }
    return names;
  }

  entryById(idOrIso: string): CompactEntry | undefined {
    const i = this.indexOf(idOrIso);
    return i < 0 ? undefined : this.entries[i];
  }
}

/**
 * Builds the gazetteer a slice at a time, yielding between slices: in a page, the
 * first build runs before the engine has optimised the trie code, and done at
 * once it would be a long task.
 */
export function* buildGazetteer(data: CompactGazetteer, slice = 100): Generator<undefined, Gazetteer, undefined> {
  const g = new Gazetteer(data, true);
  yield;
  for (let i = 0; i < data.entries.length; i += slice) {
    g.addKeys(i, Math.min(data.entries.length, i + slice));
    yield;
  }
  g.addBlocklist();
  return g;
}

/** Names by key language, for keys written '' (the name is its own key). */
const NAME_INDEX: Record<KeyLang, number> = { e: 0, f: 1, r: 2 };

function addKeys(trie: KeyTrie, keys: CompactKeys | undefined, entity: number, kind: Kind, names?: readonly string[]): void {
  if (!keys) return;
  for (const lang of KEY_LANGS) {
    const payload = packPayload(entity, kind, LANG_CODE[lang]);
    for (const key of keys[lang] ?? []) trie.insert(key === '' ? names![NAME_INDEX[lang]]! : key, payload);
  }
}

/** An upper bound on trie nodes: all key code units. */
function keyUnits(data: CompactGazetteer): number {
  let n = 1;
  const count = (keys: CompactKeys | undefined, names?: readonly string[]) => {
    if (!keys) return;
    for (const lang of KEY_LANGS) for (const k of keys[lang] ?? []) n += k === '' ? names![NAME_INDEX[lang]]!.length : k.length;
  };
  for (const e of data.entries) {
    count(e.k, e.n);
    count(e.w);
    count(e.s);
  }
  count(data.block);
  return n;
}

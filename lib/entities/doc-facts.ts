/**
 * Facts about the whole text that context cues need: which entities a strong key
 * names, where, and which countries the text is about. Built once per text from
 * the hits, in arrays (a long page has hundreds of thousands of hits).
 */
import type { CueDoc } from './cues';
import { Kind, payloadEntity, payloadKind, payloadLang, type Gazetteer } from './gazetteer';
import type { Hit } from './scan';

const LATIN = 2;

export class DocFacts implements CueDoc {
  /** Start offsets of strong hits per entity, in text order. */
  private readonly positions: (number[] | undefined)[] = [];
  /** Strong hits in text order: start offset and entity, parallel arrays. */
  private readonly starts: number[] = [];
  private readonly startEntities: number[] = [];
  private readonly countries = new Set<string>();
  /** The text is Arabic (some cues exist only in Arabic). */
  readonly arabic: boolean;

  constructor(readonly text: string, hits: readonly Hit[], private readonly gazetteer: Gazetteer, private readonly lang: number) {
    this.arabic = lang === 1;
    const trie = gazetteer.trie;
    for (const hit of hits) {
      for (let s = trie.firstSlot(hit.node); s >= 0; s = trie.nextSlot(s)) {
        const p = trie.slotValue(s);
        if (payloadKind(p) !== Kind.Strong || !this.langOk(p)) continue;
        this.addMention(payloadEntity(p), hit.start);
      }
    }
  }

  private addMention(entity: number, start: number): void {
    const list = this.positions[entity];
    if (list) list.push(start);
    else {
      this.positions[entity] = [start];
      const iso = this.gazetteer.countryOf[entity];
      if (iso) this.countries.add(iso);
    }
    this.starts.push(start);
    this.startEntities.push(entity);
  }

  /** Is the payload's key in the text's language (or Latin)? */
  langOk(payload: number): boolean {
    const l = payloadLang(payload);
    return l === this.lang || l === LATIN;
  }

  mentioned(entity: number): boolean {
    return this.positions[entity] !== undefined;
  }

  strongAt(pos: number): readonly number[] {
    const out: number[] = [];
    for (let i = this.firstAtOrAfter(pos); i < this.starts.length && this.starts[i] === pos; i++) out.push(this.startEntities[i]!);
    return out;
  }

  indexOf(idOrIso: string): number {
    return this.gazetteer.indexOf(idOrIso);
  }

  countryMentioned(iso: string): boolean {
    return this.countries.has(iso);
  }

  /** Does a strong key of a name (not a glossary term) start inside (from, to)? */
  nameStartsWithin(from: number, to: number): boolean {
    for (let i = this.firstAtOrAfter(from + 1); i < this.starts.length && this.starts[i]! < to; i++) {
      if (this.gazetteer.entries[this.startEntities[i]!]!.t !== 'term') return true;
    }
    return false;
  }

  /** Distance from `pos` to the entity's nearest strong mention, preferring one before it. */
  distance(entity: number, pos: number): number {
    const list = this.positions[entity];
    if (!list) return Infinity;
    const i = firstAtOrAfter(list, pos + 1); // list[i - 1] <= pos < list[i]
    const before = i > 0 ? pos - list[i - 1]! : Infinity;
    const after = i < list.length ? (list[i]! - pos) * 4 : Infinity;
    return Math.min(before, after);
  }

  private firstAtOrAfter(pos: number): number {
    return firstAtOrAfter(this.starts, pos);
  }
}

/** Index of the first element ≥ `pos` in an ascending array (binary search). */
function firstAtOrAfter(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

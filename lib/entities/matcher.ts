/**
 * Finds gazetteer entities in Persian or Arabic text: fold (lib/text/fold.ts) →
 * scan the key trie from every word start (scan.ts) → keep the licensed,
 * leftmost-longest hits (resolve.ts) → map back to the original text.
 * Pure: the same text, gazetteer and date give the same marks.
 */
import { fold, originalSpan, type Folded } from '../text/fold';
import type { EntityAnnotation } from '../types';
import type { CompactGazetteer } from './compact';
import { Gazetteer } from './gazetteer';
import { resolveHits, type Resolved } from './resolve';
import { today } from './roles';
import { scan } from './scan';

export interface MatchContext {
  lang: 'fa' | 'ar';
  /** Publication date 'YYYY-MM-DD'; today when absent. */
  published?: string;
  folded?: Folded;
}

export class EntityMatcher {
  /** Without a gazetteer the matcher finds nothing (tools that run without the data). */
  constructor(readonly gazetteer?: Gazetteer) {}

  match(text: string, ctx: MatchContext): EntityAnnotation[] {
    const g = this.gazetteer;
    if (!g || text.length === 0) return [];
    const folded = ctx.folded ?? fold(text);
    const hits = scan(folded.text, g.trie, ctx.lang);
    if (hits.length === 0) return [];
    const resolved = resolveHits(folded.text, hits, g, { lang: ctx.lang, date: ctx.published ?? today() });
    return resolved.map((r) => annotation(text, folded, r, g));
  }
}

/** A matcher over the compact gazetteer (the parsed .generated/gazetteer.json). */
export function createMatcher(data: CompactGazetteer): EntityMatcher {
  return new EntityMatcher(new Gazetteer(data));
}

function annotation(text: string, folded: Folded, r: Resolved, g: Gazetteer): EntityAnnotation {
  const [start, end] = originalSpan(text, folded, r.hit.start, r.hit.end);
  const e = g.entries[r.entity]!;
  return { start, end, text: text.slice(start, end), id: e.i, type: e.t, name: g.names(r.entity) };
}

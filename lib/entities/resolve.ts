/**
 * From hits to marks: leftmost-longest over the hits, where a hit counts only if
 * one of its candidates is licensed. Strong keys always are; weak keys need a
 * cue (cues.ts); a surname needs a reason (surnames.ts). When one form names
 * several entities (collisions), the best licence wins, then the office holder
 * on the article's date (people sharing a surname), then the entity the text
 * names nearest before, then the type order below. A block key (حلبی,
 * خلیج فارس) wins by length and marks nothing. A few shapes are never the
 * entity: a city after «منطقة» (the Saudi region), a ministry's short name after
 * «وزير» (a title), a glossary term over a name.
 */
import type { EntityType } from './gazetteer-source';
import { Kind, payloadEntity, payloadKind, type Gazetteer } from './gazetteer';
import { Via, type Hit } from './scan';
import { MINISTER, regionBefore, weakLicence } from './cues';
import { DocFacts } from './doc-facts';
import { wordsBefore } from './context';
import { narrowSurnames, surnameLicence, type SurnameContext } from './surnames';

export interface Resolved {
  hit: Hit;
  entity: number;
}

/** Among equally licensed candidates of one form: a country before a person before an organisation … */
const TYPE_RANK: Record<EntityType, number> = { country: 0, person: 1, org: 2, agency: 3, city: 4, agreement: 5, event: 6, term: 7 };

const LANG_CODE = { fa: 0, ar: 1 } as const;
/** Places the gazetteer files under "city" that are regions («Jazan Region»): a region word before them fits. */
const REGION_NAME = /\b(Region|Province|Governorate)\b/;

interface Candidate {
  entity: number;
  score: number;
  /** A surname licensed only by a title: several people may fit. */
  byTitle: boolean;
}

export interface ResolveOptions {
  lang: 'fa' | 'ar';
  /** 'YYYY-MM-DD': who held an office then decides between people sharing a surname. */
  date: string;
}

/** Leftmost-longest selection over all hits in folded `text`. */
export function resolveHits(text: string, hits: readonly Hit[], gazetteer: Gazetteer, options: ResolveOptions): Resolved[] {
  const doc = new DocFacts(text, hits, gazetteer, LANG_CODE[options.lang]);
  return selectHits(hits, (hit) => chooseEntity(hit, doc, gazetteer, options.date));
}

/**
 * For each word where hits start (left to right, skipping words a mark already
 * covers), the longest hit with a licensed candidate wins. `choose` returns an
 * entity index, -1 for a block key (consumes, marks nothing) or undefined.
 */
function selectHits(hits: readonly Hit[], choose: (hit: Hit) => number | undefined): Resolved[] {
  const out: Resolved[] = [];
  let covered = 0;
  for (let i = 0; i < hits.length;) {
    const token = hits[i]!.token;
    let j = i + 1;
    while (j < hits.length && hits[j]!.token === token) j++;
    if (token >= covered) {
      // Most words have a single hit: no group to sort.
      const group = j - i === 1 ? undefined : hits.slice(i, j).sort((a, b) => b.wordEnd - a.wordEnd || b.end - a.end || a.via - b.via);
      for (let k = 0; k < j - i; k++) {
        const hit = group ? group[k]! : hits[i]!;
        const entity = choose(hit);
        if (entity === undefined) continue;
        covered = hit.wordEnd;
        if (entity >= 0) out.push({ hit, entity });
        break;
      }
    }
    i = j;
  }
  return out;
}

function chooseEntity(hit: Hit, doc: DocFacts, gazetteer: Gazetteer, date: string): number | undefined {
  const ctx: SurnameContext = { text: doc.text, wordStart: hit.token, wordEnd: hit.wordEnd, date };
  let blocked = false;
  const candidates: Candidate[] = [];
  const trie = gazetteer.trie;
  for (let s = trie.firstSlot(hit.node); s >= 0; s = trie.nextSlot(s)) {
    const p = trie.slotValue(s);
    if (!doc.langOk(p)) continue;
    const kind = payloadKind(p);
    if (kind === Kind.Block) {
      blocked = true;
      continue;
    }
    const c = candidate(hit, payloadEntity(p), kind, doc, gazetteer, ctx);
    if (c) candidates.push(c);
  }
  const best = pick(candidates, hit, doc, gazetteer, ctx);
  return best ?? (blocked ? -1 : undefined);
}

function candidate(hit: Hit, entity: number, kind: Kind, doc: DocFacts, gazetteer: Gazetteer, ctx: SurnameContext): Candidate | undefined {
  const e = gazetteer.entries[entity]!;
  if (hit.via === Via.Honorific && e.t !== 'person') return undefined;
  const region = e.t === 'city' && REGION_NAME.test(e.n[0]);
  const afterRegionWord = e.t === 'city' && doc.arabic && regionBefore(doc.text, hit.token);
  if (e.t === 'city' && !region && afterRegionWord) return undefined;
  if (e.t === 'org' && kind !== Kind.Surname && MINISTER.has(wordsBefore(doc.text, hit.token, 1)[0] ?? '')) return undefined;
  // A glossary term never hides a name: «فشار حداکثری آمریکا» is the term, then the country.
  if (e.t === 'term' && doc.nameStartsWithin(hit.start, hit.end)) return undefined;
  // A region named like its city («مكة المكرمة») yields to the city unless a region word precedes it.
  if (kind === Kind.Strong) return { entity, score: region && doc.arabic && !afterRegionWord ? 1.5 : 2, byTitle: false };
  if (kind === Kind.Weak) {
    const licence = weakLicence(doc, { start: hit.start, wordStart: hit.token, end: hit.end, entity, type: e.t, country: gazetteer.countryOf[entity] });
    return licence ? { entity, score: licence === 'local' ? 3 : 1, byTitle: false } : undefined;
  }
  const licence = surnameLicence(doc, ctx, entity, gazetteer);
  return licence ? { entity, score: 2, byTitle: licence === 'title' } : undefined;
}

function pick(candidates: Candidate[], hit: Hit, doc: DocFacts, gazetteer: Gazetteer, ctx: SurnameContext): number | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0]!.entity;
  const top = Math.max(...candidates.map((c) => c.score));
  let best = candidates.filter((c) => c.score === top);
  if (best.length > 1) best = narrowSurnames(best, gazetteer, ctx);
  if (best.length === 0) return undefined;
  best.sort((a, b) => doc.distance(a.entity, hit.start) - doc.distance(b.entity, hit.start)
    || rank(a, gazetteer) - rank(b, gazetteer) || a.entity - b.entity);
  return best[0]!.entity;
}

function rank(c: Candidate, gazetteer: Gazetteer): number {
  return TYPE_RANK[gazetteer.entries[c.entity]!.t];
}

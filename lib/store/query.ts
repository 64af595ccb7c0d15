/**
 * Search, filters and order over the catalogue, in memory. A query's words must
 * each be found in a clip: in its title, site, author, tags, note or excerpt
 * (anywhere, so a half-typed word already finds), in the names of the entities
 * it mentions — in English, Persian and Arabic, so "Araghchi" finds «عراقچی» —
 * or, as a whole word, in the article itself.
 */
import type { Catalog, SortOrder } from './list';
import type { ClipRecord, EntityRecord } from './schema';
import { searchKey } from './search-key';

export type ShowOnly = 'all' | 'unread' | 'starred';

export interface ListFilters {
  entity?: string;
  /** 'country:IR' */
  country?: string;
  site?: string;
  tag?: string;
  /** Gregorian 'YYYY-MM-DD', inclusive, on the date the list shows (see listDay). */
  from?: string;
  to?: string;
  show?: ShowOnly;
}

export interface Query {
  words: string[];
  filters: ListFilters;
  order: SortOrder;
  /** Clips whose article holds each word (bodyWordHits); absent words match nothing there. */
  bodyHits?: Map<string, Set<string>>;
}

/** The day the list shows for a clip: its publication date, or the day it was saved. */
export function listDay(clip: ClipRecord): string {
  return clip.published?.gregorian ?? new Date(clip.savedAt).toISOString().slice(0, 10);
}

/**
 * What a word matches in the clips' metadata and entity names, built once per
 * catalogue. Typing narrows: the clips that match «مذاکرا» are among those that
 * matched «مذاکر», so each keystroke searches the previous answer, not the whole
 * list (a few recent words are remembered).
 */
export class ClipSearch {
  readonly #clips: ClipRecord[];
  readonly #entityKeys: [string, string][];
  readonly #recent = new Map<string, ClipRecord[]>();

  constructor(clips: ClipRecord[], entities: Iterable<EntityRecord>) {
    this.#clips = clips;
    this.#entityKeys = [...entities].map((e) => [e.id, searchKey(`${e.name.en}\n${e.name.fa}\n${e.name.ar}`)]);
  }

  /** Ids of entities whose name (in any language) contains `word`. */
  entitiesMatching(word: string): Set<string> {
    return new Set(this.#entityKeys.filter(([, k]) => k.includes(word)).map(([id]) => id));
  }

  /** Clips whose title, site, author, tags, note or excerpt — or an entity they mention — contain `word`. */
  matching(word: string): ClipRecord[] {
    const known = this.#recent.get(word);
    if (known) return known;
    let pool = this.#clips;
    for (const [w, hits] of this.#recent) if (word.includes(w) && hits.length < pool.length) pool = hits;
    const entities = this.entitiesMatching(word);
    const hits = pool.filter((c) => c.key.includes(word) || (entities.size > 0 && c.entityIds.some((id) => entities.has(id))));
    this.#recent.set(word, hits);
    if (this.#recent.size > 64) this.#recent.delete(this.#recent.keys().next().value!);
    return hits;
  }
}

function passesFilters(c: ClipRecord, f: ListFilters): boolean {
  if (f.show === 'unread' && c.read) return false;
  if (f.show === 'starred' && !c.starred) return false;
  if (f.site && c.site !== f.site) return false;
  if (f.tag && !c.tags.includes(f.tag)) return false;
  if (f.entity && !c.entityIds.includes(f.entity)) return false;
  if (f.country && !c.entityIds.includes(f.country)) return false;
  if (f.from || f.to) {
    const day = listDay(c);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
  }
  return true;
}

function compare(order: SortOrder): (a: ClipRecord, b: ClipRecord) => number {
  if (order === 'saved') return (a, b) => b.savedAt - a.savedAt;
  return (a, b) => {
    const pa = a.published?.gregorian ?? '';
    const pb = b.published?.gregorian ?? '';
    if (pa !== pb) return pa < pb ? 1 : -1; // newest first; unknown ('') last
    return b.savedAt - a.savedAt;
  };
}

/** The clips in list order; done once per catalogue and order, not per keystroke. */
export function sortClips(clips: ClipRecord[], order: SortOrder): ClipRecord[] {
  return [...clips].sort(compare(order));
}

/** The clips of an already ordered list that match: filtering keeps the order. */
export function matchClips(sorted: ClipRecord[], search: ClipSearch, q: Omit<Query, 'order'>): ClipRecord[] {
  const byWord = q.words.map((w) => new Set(search.matching(w)));
  return sorted.filter((c) => {
    if (!passesFilters(c, q.filters)) return false;
    return q.words.every((w, i) => byWord[i]!.has(c) || (q.bodyHits?.get(w)?.has(c.id) ?? false));
  });
}

/** The clips that match, in order. */
export function runQuery(catalog: Catalog, search: ClipSearch, q: Query): ClipRecord[] {
  return matchClips(sortClips(catalog.clips, q.order), search, q);
}

export interface FilterOptions {
  entities: EntityRecord[];
  countries: EntityRecord[];
  sites: string[];
  tags: string[];
}

/** What the filter menus offer: only values some clip has, most used first. */
export function filterOptions(catalog: Catalog): FilterOptions {
  const count = new Map<string, number>();
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const c of catalog.clips) {
    for (const id of c.entityIds) bump(count, id);
    if (c.site) bump(sites, c.site);
    for (const t of c.tags) bump(tags, t);
  }
  const byUse = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const known = byUse(count).map((id) => catalog.entities.get(id)).filter((e): e is EntityRecord => e !== undefined);
  return {
    entities: known.filter((e) => e.type !== 'country'),
    countries: known.filter((e) => e.type === 'country'),
    sites: byUse(sites),
    tags: byUse(tags),
  };
}

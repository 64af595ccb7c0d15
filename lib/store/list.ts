/**
 * Reading the list for the popup: a first page straight from the indexes (fast,
 * whatever the list's size), then the whole catalogue of metadata for searching
 * and filtering in memory, and the full-text word index on demand.
 */
import type { Store } from './db';
import type { ClipRecord, EntityRecord } from './schema';

export type SortOrder = 'saved' | 'published';

export interface FirstPage {
  total: number;
  clips: ClipRecord[];
}

/** The newest `limit` clips (by time saved or by publication date) and the list's size, in one read. */
export async function firstPage(db: Store, order: SortOrder, limit: number): Promise<FirstPage> {
  const tx = db.transaction('clips');
  const total = await tx.store.count();
  const clips: ClipRecord[] = [];
  const index = tx.store.index(order === 'published' ? 'published' : 'savedAt');
  for (let c = await index.openCursor(null, 'prev'); c && clips.length < limit; c = await c.continue()) clips.push(c.value);
  if (order === 'published' && clips.length < limit && clips.length < total) {
    // Clips without a known publication date come last, newest saved first.
    for (let c = await tx.store.index('savedAt').openCursor(null, 'prev'); c && clips.length < limit; c = await c.continue()) {
      if (!c.value.published) clips.push(c.value);
    }
  }
  await tx.done;
  return { total, clips };
}

export interface Catalog {
  clips: ClipRecord[];
  entities: Map<string, EntityRecord>;
}

/** Every clip's metadata and every entity's names: what search and filters work on. */
export async function loadCatalog(db: Store): Promise<Catalog> {
  const tx = db.transaction(['clips', 'entities']);
  const [clips, entities] = await Promise.all([tx.objectStore('clips').getAll(), tx.objectStore('entities').getAll()]);
  await tx.done;
  return { clips, entities: new Map(entities.map((e) => [e.id, e])) };
}

/** For each word, the ids of clips whose article contains it (full-text index, whole words). */
export async function bodyWordHits(db: Store, words: string[]): Promise<Map<string, Set<string>>> {
  const tx = db.transaction('terms');
  const index = tx.store.index('terms');
  const hits = await Promise.all(words.map(async (w) => [w, new Set(await index.getAllKeys(w))] as const));
  await tx.done;
  return new Map(hits);
}

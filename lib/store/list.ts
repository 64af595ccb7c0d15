/**
 * Reading the list for the popup: a first page straight from the indexes (fast,
 * whatever the list's size), then the whole catalogue of metadata for searching
 * and filtering in memory, and the full-text word index on demand.
 */
import { unwrap, type IDBPIndex } from 'idb';
import type { Store } from './db';
import type { ClipRecord, EntityRecord, NegahDB } from './schema';

export type SortOrder = 'saved' | 'published';

export interface FirstPage {
  clips: ClipRecord[];
}

/** Chrome 141+ reads many records in one request, in either direction; elsewhere a cursor steps through them. */
type RecordsIndex = { getAllRecords?: (o: { count: number; direction: 'prev' }) => IDBRequest<{ value: ClipRecord }[]> };

async function newest(index: IDBPIndex<NegahDB, ['clips'], 'clips', 'savedAt' | 'published'>, limit: number): Promise<ClipRecord[]> {
  const raw = unwrap(index) as unknown as RecordsIndex;
  if (typeof raw.getAllRecords === 'function') {
    const request = raw.getAllRecords({ count: limit, direction: 'prev' });
    return new Promise((resolve, reject) => {
      request.addEventListener('success', () => resolve(request.result.map((r) => r.value)));
      request.addEventListener('error', () => reject(request.error));
    });
  }
  const out: ClipRecord[] = [];
  for (let c = await index.openCursor(null, 'prev'); c && out.length < limit; c = await c.continue()) out.push(c.value);
  return out;
}

/**
 * The newest `limit` clips, by time saved or by publication date. It does not
 * count the list: counting 10,000 records takes longer than reading these.
 */
export async function firstPage(db: Store, order: SortOrder, limit: number): Promise<FirstPage> {
  const tx = db.transaction('clips');
  const clips = await newest(tx.store.index(order === 'published' ? 'published' : 'savedAt'), limit);
  if (order === 'published' && clips.length < limit) {
    // Clips without a known publication date come last, newest saved first.
    for (let c = await tx.store.index('savedAt').openCursor(null, 'prev'); c && clips.length < limit; c = await c.continue()) {
      if (!c.value.published) clips.push(c.value);
    }
  }
  await tx.done;
  return { clips };
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

/** Some clips as they are now (undefined for one deleted since), with the names of the entities they mention. */
export async function loadClips(db: Store, ids: string[]): Promise<{ clips: (ClipRecord | undefined)[]; entities: EntityRecord[] }> {
  const tx = db.transaction(['clips', 'entities']);
  const clips = await Promise.all(ids.map((id) => tx.objectStore('clips').get(id)));
  const entityIds = [...new Set(clips.flatMap((c) => c?.entityIds ?? []))];
  const entities = (await Promise.all(entityIds.map((id) => tx.objectStore('entities').get(id)))).filter((e): e is EntityRecord => e !== undefined);
  await tx.done;
  return { clips, entities };
}

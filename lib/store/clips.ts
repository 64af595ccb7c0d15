/**
 * Reading and writing clips. Every write that touches one clip's records (its
 * metadata, article, words and entity names) happens in one transaction, so a
 * failure — a full disk, a closed browser — leaves the clip as it was.
 */
import type { IDBPTransaction } from 'idb';
import type { Store } from './db';
import { explainWriteError } from './errors';
import { CLIP_STORES, type BodyRecord, type ClipRecord, type EntityRecord, type NegahDB, type TermsRecord } from './schema';
import { searchKey } from './search-key';

/** What clipping a page produces: everything but the reader's own fields. */
export interface ClipContent {
  url: string;
  urls: string[];
  title: string;
  site: string;
  author?: string;
  published?: ClipRecord['published'];
  lang: ClipRecord['lang'];
  score: number;
  excerpt: string;
  hasBody: boolean;
  entities: ClipRecord['entities'];
  body: Omit<BodyRecord, 'id'>;
  terms: string[];
  /** Names of the entities in `entities`. */
  entityRecords: EntityRecord[];
}

/** The reader's own fields: a re-clip keeps them. */
export type ReaderFields = Pick<ClipRecord, 'tags' | 'note' | 'read' | 'starred'>;

/** The derived search key of a clip's metadata. */
export function clipKey(c: Pick<ClipRecord, 'title' | 'site' | 'author' | 'tags' | 'note' | 'excerpt' | 'url'>): string {
  let host = '';
  try {
    host = new URL(c.url).hostname;
  } catch {
    // An imported clip with an odd URL still gets a key from its words.
  }
  return searchKey([c.title, c.site, host, c.author ?? '', c.tags.join(' '), c.note, c.excerpt].join('\n'));
}

/** A complete record from its parts; derived fields computed here and only here. */
export function makeRecord(id: string, content: ClipContent, reader: ReaderFields, savedAt: number, updatedAt: number): ClipRecord {
  const record: ClipRecord = {
    id,
    url: content.url,
    urls: [...new Set([content.url, ...content.urls])],
    title: content.title,
    site: content.site,
    ...(content.author ? { author: content.author } : {}),
    ...(content.published ? { published: content.published } : {}),
    lang: content.lang,
    score: content.score,
    excerpt: content.excerpt,
    hasBody: content.hasBody,
    entities: content.entities,
    entityIds: content.entities.map((e) => e.id),
    tags: reader.tags,
    note: reader.note,
    read: reader.read,
    starred: reader.starred,
    savedAt,
    updatedAt,
    key: '',
  };
  record.key = clipKey(record);
  return record;
}

type Tx = IDBPTransaction<NegahDB, typeof CLIP_STORES, 'readwrite'>;

/** A queued request whose failure the transaction reports (tx.done): not a second, unhandled, rejection. */
function queued(request: Promise<unknown>): void {
  request.catch(() => undefined);
}

/** The clip already filed under any of these addresses. */
async function findExisting(tx: Tx, urls: string[]): Promise<ClipRecord | undefined> {
  const clips = tx.objectStore('clips');
  for (const url of urls) {
    const hit = (await clips.index('url').get(url)) ?? (await clips.index('urls').get(url));
    if (hit) return hit;
  }
  return undefined;
}

export interface SaveResult {
  clip: ClipRecord;
  /** True when the page was already in the list and this updated it. */
  updated: boolean;
}

/** Files a clipped page: a new clip, or the existing one under the same address updated (keeping tags, note, read, star). */
export async function saveClip(db: Store, content: ClipContent, now = Date.now(), newId: () => string = () => crypto.randomUUID()): Promise<SaveResult> {
  const tx = db.transaction(CLIP_STORES, 'readwrite');
  try {
    const existing = await findExisting(tx, [content.url, ...content.urls]);
    const reader: ReaderFields = existing ?? { tags: [], note: '', read: false, starred: false };
    const base = existing ? { ...content, urls: [...existing.urls, ...content.urls] } : content;
    const clip = makeRecord(existing?.id ?? newId(), base, reader, existing?.savedAt ?? now, now);
    writeAll(tx, clip, { id: clip.id, ...content.body }, { id: clip.id, terms: content.terms }, content.entityRecords);
    await tx.done;
    return { clip, updated: existing !== undefined };
  } catch (err) {
    abort(tx);
    throw await explainWriteError(err);
  }
}

/** Rolls back whatever a failed transaction had queued (a no-op once it is over). */
function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined); // its rejection is the error being reported already
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing left to undo.
  }
}

/** Queues the puts of one clip's records; the caller awaits the transaction. */
function writeAll(tx: Tx, clip: ClipRecord, body: BodyRecord, terms: TermsRecord, entities: EntityRecord[]): void {
  queued(tx.objectStore('clips').put(clip));
  queued(tx.objectStore('bodies').put(body));
  queued(tx.objectStore('terms').put(terms));
  for (const e of entities) queued(tx.objectStore('entities').put(e));
}

export async function getClip(db: Store, id: string): Promise<ClipRecord | undefined> {
  return db.get('clips', id);
}

export async function getBody(db: Store, id: string): Promise<BodyRecord | undefined> {
  return db.get('bodies', id);
}

/** The clip filed under this (cleaned) address, if any. */
export async function findByUrl(db: Store, url: string): Promise<ClipRecord | undefined> {
  return (await db.getFromIndex('clips', 'url', url)) ?? (await db.getFromIndex('clips', 'urls', url));
}

export type ClipChange = Partial<ReaderFields>;

/** Applies the reader's change (tags, note, read, star) to clips, all in one transaction; returns the new records. */
export async function updateClips(db: Store, ids: string[], change: ClipChange | ((c: ClipRecord) => ClipChange), now = Date.now()): Promise<ClipRecord[]> {
  const tx = db.transaction('clips', 'readwrite');
  try {
    const out: ClipRecord[] = [];
    for (const id of ids) {
      const clip = await tx.store.get(id);
      if (!clip) continue;
      const delta = typeof change === 'function' ? change(clip) : change;
      const next: ClipRecord = { ...clip, ...delta, updatedAt: now };
      if (delta.tags) next.tags = normaliseTags(delta.tags);
      next.key = clipKey(next);
      queued(tx.store.put(next));
      out.push(next);
    }
    await tx.done;
    return out;
  } catch (err) {
    abort(tx);
    throw await explainWriteError(err);
  }
}

/** Tags as the reader typed them, trimmed, without duplicates (compared folded) or empties. */
export function normaliseTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, 100);
    const k = searchKey(tag);
    if (!tag || seen.has(k)) continue;
    seen.add(k);
    out.push(tag);
  }
  return out;
}

/** What deleting took away, kept by the popup so that Undo can put it back. */
export interface RemovedClip {
  clip: ClipRecord;
  body?: BodyRecord;
  terms?: TermsRecord;
}

/** Deletes clips with their article and words, in one transaction; returns them for Undo. */
export async function deleteClips(db: Store, ids: string[]): Promise<RemovedClip[]> {
  const tx = db.transaction(['clips', 'bodies', 'terms'], 'readwrite');
  const removed: RemovedClip[] = [];
  for (const id of ids) {
    const clip = await tx.objectStore('clips').get(id);
    if (!clip) continue;
    const body = await tx.objectStore('bodies').get(id);
    const terms = await tx.objectStore('terms').get(id);
    removed.push({ clip, ...(body ? { body } : {}), ...(terms ? { terms } : {}) });
    queued(tx.objectStore('clips').delete(id));
    queued(tx.objectStore('bodies').delete(id));
    queued(tx.objectStore('terms').delete(id));
  }
  await tx.done;
  return removed;
}

/**
 * Undo: puts deleted clips back exactly as they were, all or none. If one of the
 * pages was saved again in the meantime, that newer clip is kept and its old
 * copy is not restored.
 */
export async function restoreClips(db: Store, removed: RemovedClip[]): Promise<number> {
  const tx = db.transaction(['clips', 'bodies', 'terms'], 'readwrite');
  try {
    let restored = 0;
    for (const r of removed) {
      if (await tx.objectStore('clips').index('url').getKey(r.clip.url)) continue;
      queued(tx.objectStore('clips').put(r.clip));
      if (r.body) queued(tx.objectStore('bodies').put(r.body));
      if (r.terms) queued(tx.objectStore('terms').put(r.terms));
      restored++;
    }
    await tx.done;
    return restored;
  } catch (err) {
    abort(tx);
    throw await explainWriteError(err);
  }
}

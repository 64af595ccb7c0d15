/**
 * Merges imported clips into the reading list by URL, in one transaction: either
 * every clip of the file is in, or — a full disk, a conflict — none is and the
 * list is as it was.
 */
import { clipKey, normaliseTags } from '../store/clips';
import type { Store } from '../store/db';
import { explainWriteError } from '../store/errors';
import { CLIP_STORES, type BodyRecord, type ClipRecord, type EntityRecord } from '../store/schema';
import type { ImportReport } from './report';

export interface ImportItem {
  clip: ClipRecord;
  body: BodyRecord;
  terms: string[];
  /**
   * 'replace': a Negah export; the newer of the two clips wins.
   * 'link': a bookmark (Pocket): a clip already there only gains its tags.
   */
  mode: 'replace' | 'link';
}

/** Deep equality that ignores key order (objects come from different writers). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export async function applyImport(db: Store, items: ImportItem[], entities: EntityRecord[], now = Date.now(), newId: () => string = () => crypto.randomUUID()): Promise<ImportReport> {
  const report: ImportReport = { total: items.length, added: 0, updated: 0, unchanged: 0, keptNewer: 0 };
  const tx = db.transaction(CLIP_STORES, 'readwrite');
  const clips = tx.objectStore('clips');
  const bodies = tx.objectStore('bodies');
  const write = (clip: ClipRecord, body: BodyRecord | null, terms: string[] | null) => {
    clips.put(clip).catch(() => undefined);
    if (body) bodies.put({ ...body, id: clip.id }).catch(() => undefined);
    if (terms) tx.objectStore('terms').put({ id: clip.id, terms }).catch(() => undefined);
  };
  try {
    for (const e of entities) tx.objectStore('entities').put(e).catch(() => undefined);
    for (const item of items) {
      const existing = await findByAnyUrl(clips, [item.clip.url, ...item.clip.urls]);
      if (!existing) {
        const id = (await clips.getKey(item.clip.id)) === undefined ? item.clip.id : newId();
        write({ ...item.clip, id }, item.body, item.terms);
        report.added++;
      } else if (item.mode === 'link') {
        const tags = normaliseTags([...existing.tags, ...item.clip.tags]);
        if (tags.length === existing.tags.length) report.unchanged++;
        else {
          const next = { ...existing, tags, updatedAt: now };
          write({ ...next, key: clipKey(next) }, null, null);
          report.updated++;
        }
      } else if (existing.updatedAt > item.clip.updatedAt) {
        report.keptNewer++;
      } else {
        const body = await bodies.get(existing.id);
        const merged = { ...item.clip, id: existing.id, urls: [...new Set([...item.clip.urls, ...existing.urls])] };
        if (sameValue(merged, existing) && sameValue({ ...item.body, id: existing.id }, body)) report.unchanged++;
        else {
          write(merged, item.body, item.terms);
          report.updated++;
        }
      }
    }
    await tx.done;
    return report;
  } catch (err) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished
    }
    throw await explainWriteError(err);
  }
}

async function findByAnyUrl(clips: { index(name: 'url' | 'urls'): { get(key: string): Promise<ClipRecord | undefined> } }, urls: string[]): Promise<ClipRecord | undefined> {
  for (const url of urls) {
    const hit = (await clips.index('url').get(url)) ?? (await clips.index('urls').get(url));
    if (hit) return hit;
  }
  return undefined;
}

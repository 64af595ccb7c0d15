/** Export of the whole reading list in Negah's own format (format.ts). */
import type { Store } from '../store/db';
import type { BodyRecord, ClipRecord, EntityRecord } from '../store/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedClip, type ExportFile } from './format';

const iso = (ms: number) => new Date(ms).toISOString();

/** One clip as exported: its record without derived fields, with its article. */
export function exportedClip(c: ClipRecord, body: BodyRecord | undefined): ExportedClip {
  return {
    id: c.id,
    url: c.url,
    urls: c.urls,
    title: c.title,
    site: c.site,
    ...(c.author !== undefined ? { author: c.author } : {}),
    ...(c.published ? { published: { ...c.published } } : {}),
    lang: c.lang,
    score: c.score,
    excerpt: c.excerpt,
    hasBody: c.hasBody,
    entities: c.entities,
    tags: c.tags,
    note: c.note,
    read: c.read,
    starred: c.starred,
    savedAt: iso(c.savedAt),
    updatedAt: iso(c.updatedAt),
    html: body?.html ?? '',
    text: body?.text ?? '',
    dates: body?.dates ?? [],
  };
}

/** Everything, oldest saved first (a stable order, so two exports of the same list are the same file). */
export async function exportAll(db: Store, now = Date.now()): Promise<ExportFile> {
  const tx = db.transaction(['clips', 'bodies', 'entities']);
  const clips = await tx.objectStore('clips').index('savedAt').getAll();
  const bodies = new Map((await tx.objectStore('bodies').getAll()).map((b) => [b.id, b]));
  const entities = await tx.objectStore('entities').getAll();
  await tx.done;
  const used = new Set(clips.flatMap((c) => c.entityIds));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    clips: clips.map((c) => exportedClip(c, bodies.get(c.id))),
    entities: entities.filter((e) => used.has(e.id)).map((e: EntityRecord) => ({ id: e.id, type: e.type, name: e.name })),
  };
}

export function toJsonText(file: ExportFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/**
 * Markdown export: one file per clip, YAML front matter with everything known
 * about it (the three calendars, entities, tags, note), then the article. Files
 * go in a .zip, named by date and title, ready for Obsidian or any notes folder.
 */
import type { ClipRecord, EntityRecord } from '../store/schema';
import { toMarkdown } from './html-to-markdown';

/** YAML scalars as JSON strings: valid YAML, and nothing in a title can break out of them. */
const y = (s: string) => JSON.stringify(s);
const list = (xs: string[]) => `[${xs.map(y).join(', ')}]`;

export function frontMatter(c: ClipRecord, entities: Map<string, EntityRecord>): string {
  const names = c.entities.map((e) => entities.get(e.id)?.name.en ?? e.id);
  const lines = [
    '---',
    `title: ${y(c.title)}`,
    `url: ${y(c.url)}`,
    `site: ${y(c.site)}`,
    ...(c.author ? [`author: ${y(c.author)}`] : []),
    ...(c.published
      ? [`published: ${c.published.gregorian}`, `published_jalali: ${y(c.published.jalali)}`, ...(c.published.hijri ? [`published_hijri: ${y(c.published.hijri)}`] : [])]
      : []),
    `language: ${c.lang}`,
    `saved: ${new Date(c.savedAt).toISOString()}`,
    `diplomatic_score: ${c.score}`,
    `tags: ${list(c.tags)}`,
    `entities: ${list(names)}`,
    `entity_ids: ${list(c.entities.map((e) => e.id))}`,
    `read: ${c.read}`,
    `starred: ${c.starred}`,
    ...(c.note ? [`note: ${y(c.note)}`] : []),
    '---',
  ];
  return lines.join('\n');
}

/** A whole clip as Markdown; `article` is its sanitised DOM (parsed by the caller, who has a DOM). */
export function clipToMarkdown(c: ClipRecord, entities: Map<string, EntityRecord>, article: Node | null): string {
  const parts = [frontMatter(c, entities), '', `# ${c.title.replace(/\n/g, ' ')}`, ''];
  if (c.note) parts.push(c.note.split('\n').map((l) => `> ${l}`).join('\n'), '');
  parts.push(article ? toMarkdown(article) : `<${c.url}>`, '');
  return parts.join('\n');
}

/** "2024-12-02-مذاکرات-وین.md": date, then the title's letters; unique within one export. */
export function fileName(c: ClipRecord, taken: Set<string>): string {
  const day = c.published?.gregorian ?? new Date(c.savedAt).toISOString().slice(0, 10);
  const slug = c.title.normalize('NFC').replace(/[^\p{L}\p{N}\u200c]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'clip';
  let name = `${day}-${slug}.md`;
  for (let n = 2; taken.has(name); n++) name = `${day}-${slug}-${n}.md`;
  taken.add(name);
  return name;
}

/**
 * CSL-JSON, the citation format Zotero (File → Import) and other reference
 * managers read: each clip as a newspaper article with its outlet, author,
 * publication and access dates, language, abstract, tags and note.
 */
import type { ClipRecord } from '../store/schema';

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  URL: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  language?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
}

const parts = (day: string): [[number, number, number]] => {
  const [y, m, d] = day.split('-').map(Number);
  return [[y!, m!, d!]];
};

export function toCsl(c: ClipRecord): CslItem {
  return {
    id: `negah-${c.id}`,
    type: 'article-newspaper',
    title: c.title,
    'container-title': c.site,
    URL: c.url,
    ...(c.author ? { author: [{ literal: c.author }] } : {}),
    ...(c.published ? { issued: { 'date-parts': parts(c.published.gregorian) } } : {}),
    accessed: { 'date-parts': parts(new Date(c.savedAt).toISOString().slice(0, 10)) },
    ...(c.lang !== 'other' ? { language: c.lang } : {}),
    ...(c.excerpt ? { abstract: c.excerpt } : {}),
    ...(c.tags.length ? { keyword: c.tags.join(', ') } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
}

export function toCslJson(clips: ClipRecord[]): string {
  return `${JSON.stringify(clips.map(toCsl), null, 1)}\n`;
}

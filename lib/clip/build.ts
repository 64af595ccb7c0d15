/**
 * From an extracted page to what the reading list stores: the canonical address,
 * the publication date in three calendars, and the analysis Negah runs on every
 * page (language, diplomatic score, dates, entities), done once here so that
 * the list can filter and search without reading articles.
 */
import { annotateText } from '../annotate';
import { toLocalDay } from '../dom/published';
import type { EntityMatcher } from '../entities/matcher';
import type { ExtractedPage } from '../messages';
import type { ClipContent } from '../store/clips';
import type { ClipEntity, EntityRecord } from '../store/schema';
import { termsOf } from '../store/search-key';
import type { EntityAnnotation } from '../types';
import { inThreeCalendars } from './calendars';
import { canonicalUrl, cleanUrl } from './canonical-url';

export interface BuildOptions {
  matcher?: EntityMatcher;
}

const EXCERPT_MAX = 400;

/** How often each entity is mentioned, most mentioned first, and their names. */
export function countEntities(found: EntityAnnotation[]): { entities: ClipEntity[]; records: EntityRecord[] } {
  const counts = new Map<string, number>();
  const records = new Map<string, EntityRecord>();
  for (const e of found) {
    counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    if (!records.has(e.id)) records.set(e.id, { id: e.id, type: e.type, name: e.name });
  }
  const entities = [...counts.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  return { entities, records: [...records.values()] };
}

function excerptOf(page: ExtractedPage): string {
  const given = page.excerpt?.trim();
  if (given) return given.slice(0, EXCERPT_MAX);
  const first = page.text.split('\n').find((p) => p.trim().length > 40) ?? page.text;
  return first.trim().slice(0, EXCERPT_MAX);
}

function siteOf(page: ExtractedPage, url: string): string {
  return page.site?.trim() || new URL(url).hostname.replace(/^www\./, '');
}

export function buildClip(page: ExtractedPage, options: BuildOptions = {}): ClipContent {
  const url = canonicalUrl(page.url, page.canonicalUrl);
  const lang0 = page.lang;
  const day = page.published ? toLocalDay(page.published, lang0) : undefined;
  const annotation = annotateText(page.text, { published: day, matcher: options.matcher });
  const lang = annotation.language !== 'other' ? annotation.language : lang0;
  const { entities, records } = countEntities(annotation.entities);
  const published = day ? inThreeCalendars(day) : undefined;
  return {
    url,
    urls: [cleanUrl(page.url)],
    title: page.title.trim() || url,
    site: siteOf(page, url),
    ...(page.author ? { author: page.author } : {}),
    ...(published ? { published } : {}),
    lang,
    score: annotation.score,
    excerpt: excerptOf(page),
    hasBody: page.text.trim().length > 0,
    entities,
    body: { html: page.html, text: page.text, dates: annotation.dates },
    terms: termsOf(`${page.title}\n${page.text}`),
    entityRecords: records,
  };
}

/**
 * Import of a Negah export (lib/export/format.ts). The whole file is checked
 * before anything is written, and every problem is reported with where it is
 * (clip number and address, field); then the clips are merged by URL in one
 * transaction (apply.ts).
 */
import * as v from 'valibot';
import { gregorianDate } from '../clip/calendars';
import { makeRecord, normaliseTags } from '../store/clips';
import { termsOf } from '../store/search-key';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, type ExportedClip, type ExportFile } from '../export/format';
import type { ImportItem } from './apply';
import { ImportError, capProblems } from './report';

function issuePath(issue: v.BaseIssue<unknown>, file: unknown): string {
  const keys = issue.path?.map((p) => p.key) ?? [];
  if (keys[0] === 'clips' && typeof keys[1] === 'number') {
    const clip = (file as { clips: { url?: unknown }[] }).clips[keys[1]];
    const where = typeof clip?.url === 'string' ? ` (${clip.url.slice(0, 120)})` : '';
    const rest = keys.slice(2).map(String).join('.');
    return `clip ${keys[1] + 1}${where}${rest ? `: ${rest}` : ''}`;
  }
  return keys.map(String).join('.') || 'file';
}

/** valibot's words for a field the schema does not know ("Expected never") are no help to a reader. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  return issue.expected === 'never' ? 'a field a Negah export does not have' : issue.message;
}

/** Why a parsed JSON value is not an export this version can read, before checking every field. */
function checkEnvelope(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'this is not a Negah export: it is not a JSON object';
  const { format, version } = raw as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return `this is not a Negah export: "format" should be "${EXPORT_FORMAT}"`;
  if (typeof version === 'number' && version > EXPORT_VERSION) return `this file was made by a newer Negah (format version ${version}); update Negah to import it`;
  return null;
}

/** What the schema cannot say: real days, unique addresses and ids. */
function checkMeaning(file: ExportFile): string[] {
  const problems: string[] = [];
  const urls = new Map<string, number>();
  const ids = new Map<string, number>();
  file.clips.forEach((c, i) => {
    const where = `clip ${i + 1} (${c.url.slice(0, 120)})`;
    if (c.published && !gregorianDate(c.published.gregorian)) problems.push(`${where}: published.gregorian: not a real day`);
    const seenUrl = urls.get(c.url);
    if (seenUrl !== undefined) problems.push(`${where}: the same address as clip ${seenUrl + 1}`);
    else urls.set(c.url, i);
    const seenId = ids.get(c.id);
    if (seenId !== undefined) problems.push(`${where}: the same id as clip ${seenId + 1}`);
    else ids.set(c.id, i);
  });
  return problems;
}

/** Checks a Negah export completely; throws ImportError listing every problem. */
export function parseNegahExport(text: string): ExportFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ImportError([`this file is not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const envelope = checkEnvelope(raw);
  if (envelope) throw new ImportError([envelope]);
  const parsed = v.safeParse(ExportFileSchema, raw, { abortEarly: false });
  if (!parsed.success) throw new ImportError(capProblems(parsed.issues.map((i) => `${issuePath(i, raw)}: ${issueMessage(i)}`)));
  const problems = checkMeaning(parsed.output);
  if (problems.length > 0) throw new ImportError(capProblems(problems));
  return parsed.output;
}

/** An exported clip as the records the store keeps, derived fields recomputed exactly as when clipping. */
export function itemFromExport(c: ExportedClip): ImportItem {
  const clip = makeRecord(c.id, {
    url: c.url, urls: c.urls, title: c.title, site: c.site,
    ...(c.author !== undefined ? { author: c.author } : {}),
    ...(c.published ? { published: c.published } : {}),
    lang: c.lang, score: c.score, excerpt: c.excerpt, hasBody: c.hasBody, entities: c.entities,
    body: { html: c.html, text: c.text, dates: c.dates }, terms: [], entityRecords: [],
  }, { tags: normaliseTags(c.tags), note: c.note, read: c.read, starred: c.starred }, Date.parse(c.savedAt), Date.parse(c.updatedAt));
  return { clip, body: { id: c.id, html: c.html, text: c.text, dates: c.dates }, terms: termsOf(`${c.title}\n${c.text}`), mode: 'replace' };
}

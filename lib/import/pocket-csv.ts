/**
 * Import of a Pocket export (the CSV Pocket gave before it shut down: title,
 * url, time_added, tags, status; tags joined with "|"). Pocket kept links, not
 * articles: each row becomes a clip without its article, which clipping the
 * page later fills in. All rows are checked before anything is written.
 */
import { cleanUrl, InvalidUrlError } from '../clip/canonical-url';
import { makeRecord, normaliseTags } from '../store/clips';
import { termsOf } from '../store/search-key';
import { identifyLanguage } from '../text/language';
import type { ImportItem } from './apply';
import { CsvError, parseCsv } from './csv';
import { ImportError, capProblems } from './report';

const COLUMNS = ['url', 'title', 'time_added', 'tags', 'status'] as const;
type Column = (typeof COLUMNS)[number];

interface PocketRow {
  line: number;
  url: string;
  title: string;
  added: number;
  tags: string[];
  read: boolean;
}

function header(fields: string[]): Map<Column, number> {
  const map = new Map<Column, number>();
  fields.forEach((f, i) => {
    const name = f.trim().toLowerCase() as Column;
    if ((COLUMNS as readonly string[]).includes(name) && !map.has(name)) map.set(name, i);
  });
  return map;
}

function readRow(fields: string[], cols: Map<Column, number>, width: number, line: number, problems: string[]): PocketRow | null {
  const get = (c: Column) => (cols.has(c) ? (fields[cols.get(c)!] ?? '').trim() : '');
  if (fields.length !== width) {
    problems.push(`line ${line}: ${fields.length} fields where the header has ${width}`);
    return null;
  }
  let url: string;
  try {
    url = cleanUrl(get('url'));
  } catch (err) {
    if (!(err instanceof InvalidUrlError)) throw err;
    problems.push(`line ${line}: url: not a web address: "${get('url').slice(0, 100)}"`);
    return null;
  }
  const time = get('time_added');
  if (time !== '' && !/^\d{1,13}$/.test(time)) {
    problems.push(`line ${line}: time_added: not a time (seconds since 1970): "${time.slice(0, 40)}"`);
    return null;
  }
  const status = get('status').toLowerCase();
  if (status !== '' && status !== 'unread' && status !== 'archive') {
    problems.push(`line ${line}: status: "${status.slice(0, 40)}" is neither unread nor archive`);
    return null;
  }
  // Pocket wrote seconds; a 13-digit number is already milliseconds.
  const added = time === '' ? Number.NaN : time.length > 11 ? Number(time) : Number(time) * 1000;
  return { line, url, title: get('title'), added, tags: get('tags').split('|').map((t) => t.trim()).filter(Boolean), read: status === 'archive' };
}

/** Checks a Pocket CSV completely; throws ImportError listing every problem. */
export function parsePocketCsv(text: string, now = Date.now()): ImportItem[] {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvError) throw new ImportError([`this file is not valid CSV: ${err.message}`]);
    throw err;
  }
  const [head, ...body] = rows;
  if (!head) throw new ImportError(['the file is empty']);
  const cols = header(head.fields);
  if (!cols.has('url')) throw new ImportError(['this is not a Pocket export: the first line has no "url" column']);
  if (body.length === 0) throw new ImportError(['the file has a header but no links']);
  const problems: string[] = [];
  const parsed = body.map((r) => readRow(r.fields, cols, head.fields.length, r.line, problems));
  if (problems.length > 0) throw new ImportError(capProblems(problems));
  // The same link twice (Pocket allowed it): one clip, with both rows' tags.
  const byUrl = new Map<string, PocketRow>();
  for (const row of parsed as PocketRow[]) {
    const seen = byUrl.get(row.url);
    if (seen) seen.tags.push(...row.tags);
    else byUrl.set(row.url, row);
  }
  return [...byUrl.values()].map((row) => itemFromRow(row, now));
}

function itemFromRow(row: PocketRow, now: number): ImportItem {
  const title = row.title || row.url;
  const lang = identifyLanguage(title).lang;
  const saved = Number.isFinite(row.added) ? row.added : now;
  const id = crypto.randomUUID();
  const clip = makeRecord(id, {
    url: row.url, urls: [], title, site: new URL(row.url).hostname.replace(/^www\./, ''), lang, score: 0, excerpt: '',
    hasBody: false, entities: [], body: { html: '', text: '', dates: [] }, terms: [], entityRecords: [],
  }, { tags: normaliseTags(row.tags), note: '', read: row.read, starred: false }, saved, saved);
  return { clip, body: { id, html: '', text: '', dates: [] }, terms: termsOf(title), mode: 'link' };
}

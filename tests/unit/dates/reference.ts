/**
 * The specification's own test data, read from ../shared/reference/dates.md at test
 * time (never copied): the known-answer vectors (§1.6), the official leap years
 * (§1.4) and the pattern catalogue (§2.5).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared, found from this file (not `new URL(literal, import.meta.url)`, which Vite rewrites). */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const DATES_MD = `${SHARED_DIR}/reference/dates.md`;

function section(md: string, heading: string): string {
  const start = md.indexOf(heading);
  if (start < 0) throw new Error(`dates.md has no section «${heading}»`);
  const next = md.indexOf('\n### ', start + heading.length);
  return md.slice(start, next < 0 ? undefined : next);
}

function jsonBlock(text: string): unknown {
  const m = /```json\n([\s\S]*?)\n```/.exec(text);
  if (!m) throw new Error('no JSON block');
  return JSON.parse(m[1]!);
}

const md = readFileSync(DATES_MD, 'utf8');

export interface Vector {
  input: string;
  calendar: 'jalali' | 'gregorian';
  expected_gregorian: string | null;
  expected_jalali: string | null;
  weekday?: string;
  valid?: boolean;
  note?: string;
}

export function knownAnswerVectors(): Vector[] {
  return jsonBlock(section(md, '### 1.6')) as Vector[];
}

/** The official leap years 1206–1498 AP, as listed (marks like «**» dropped). */
export function officialLeapYears(): Set<number> {
  const text = section(md, '### 1.4');
  const line = text.split('\n').find((l) => l.startsWith('1210'));
  if (!line) throw new Error('no leap-year list');
  return new Set([...line.matchAll(/\b(1[2-4]\d\d)\b/g)].map((m) => Number(m[1])));
}

export interface DayExpect {
  jalali?: string;
  gregorian?: string;
  hijri?: string;
  weekday?: string;
}

export interface CatalogueEntry {
  id: string;
  input: string;
  lang: string;
  category: string;
  expect: Record<string, unknown> & { kind: string };
  note?: string;
}

export function catalogue(): { page: { gregorian: string }; entries: CatalogueEntry[] } {
  return jsonBlock(section(md, '### 2.5')) as { page: { gregorian: string }; entries: CatalogueEntry[] };
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday of a Gregorian 'YYYY-MM-DD', from the platform's own calendar. */
export function weekdayOf(iso: string): string {
  return WEEKDAY_NAMES[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

/** 'YYYY-MM-DD' shifted by `days`. */
export function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The hand-annotated dev corpus in ../shared/corpus/dev, read at run time (never copied). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths from this file's location, not `new URL(…, import.meta.url)`: Vite (vitest) rewrites that form into asset URLs.
const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = `${resolve(HERE, '../../../shared/corpus/dev')}/`;
export const SEEDS_DIR = `${resolve(HERE, '../../../shared/seeds')}/`;

export interface GoldDate {
  text: string;
  calendar: string;
  /** 'YYYY-MM-DD', 'YYYY-MM', 'YYYY', 'start/end', alternatives joined with '|'. */
  iso: string;
  precision?: string;
  uncertain?: boolean;
  note?: string;
  offsets: [number, number][];
}

export interface GoldEntity {
  text: string;
  type: string;
  canonical: string;
  mentions: [number, number][];
}

export interface GoldDoc {
  id: string;
  file: string;
  language: 'fa' | 'ar';
  diplomatic: boolean;
  topic: string;
  published: { iso: string };
  dates: GoldDate[];
  entities: GoldEntity[];
  traps?: string[];
  text: string;
}

export function loadCorpus(): GoldDoc[] {
  const index = JSON.parse(readFileSync(`${CORPUS_DIR}index.json`, 'utf8')) as Omit<GoldDoc, 'text'>[];
  return index.map((d) => ({ ...d, text: readFileSync(`${CORPUS_DIR}${d.file}`, 'utf8') }));
}

/** Precision, recall and F1 from counts; 1 when there is nothing to find and nothing found. */
export function prf(truePositives: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

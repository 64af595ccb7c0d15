/**
 * Reads a file chosen for import — a Negah JSON export or a Pocket CSV — and
 * checks all of it before anything is written. A file too large to read at once
 * is refused before it is read: the browser cannot hold a string much over
 * 512 M characters, and would fail with an error no reader could act on.
 */
import type { EntityRecord } from '../store/schema';
import type { ImportItem } from './apply';
import { itemFromExport, parseNegahExport } from './negah-json';
import { parsePocketCsv } from './pocket-csv';
import { ImportError } from './report';

/** 500 MiB: about 50,000 clips with their articles. */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;

/** What the reader chose: a File in the browser, anything with the same three members in tests. */
export interface ChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export async function readImport(file: ChosenFile): Promise<{ items: ImportItem[]; entities: EntityRecord[] }> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ImportError([`this file is ${Math.round(file.size / (1024 * 1024))} MB, larger than the 500 MB Negah can read at once`]);
  }
  if (file.size === 0) throw new ImportError(['the file is empty']);
  const text = await file.text();
  const looksJson = /^\s*[[{]/.test(text);
  if (!looksJson || /\.csv$/i.test(file.name)) return { items: parsePocketCsv(text), entities: [] };
  const parsed = parseNegahExport(text);
  return { items: parsed.clips.map(itemFromExport), entities: parsed.entities };
}

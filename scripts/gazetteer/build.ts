/**
 * Validates data/gazetteer and compiles it into .generated/gazetteer.json, the
 * file the annotator bundle imports and Node tools load (Node only).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompactGazetteer } from '../../lib/entities/compact';
import type { EntrySource } from '../../lib/entities/gazetteer-source';
import { validateGazetteer, type GazetteerInput } from '../../lib/entities/validate-gazetteer';
import { readGazetteerSources } from '../gazetteer-files';
import { compileGazetteer } from './compile';

// Not `new URL(…, import.meta.url)`: Vite (vitest) rewrites that form into asset URLs.
export const GENERATED_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../.generated')}/`;
export const GENERATED_FILE = `${GENERATED_DIR}gazetteer.json`;

export type BuildOutcome =
  | { ok: true; gazetteer: CompactGazetteer; notes: string[] }
  | { ok: false; problems: string[] };

/** Validates, then compiles; every problem is reported, none is skipped. */
export function buildGazetteer(input: GazetteerInput = readGazetteerSources(), built = new Date().toISOString().slice(0, 10)): BuildOutcome {
  const problems = validateGazetteer(input);
  if (problems.length > 0) return { ok: false, problems };
  const entries = input.entries.flatMap(({ entries: list }) => list as EntrySource[]);
  const { gazetteer, notes } = compileGazetteer({ entries, countries: input.countries, codes: input.countryCodes, built });
  return { ok: true, gazetteer, notes };
}

/** Writes the runtime file; returns its size in bytes. */
export function writeGenerated(gazetteer: CompactGazetteer, path = GENERATED_FILE): number {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const json = JSON.stringify(gazetteer);
  writeFileSync(path, json);
  return Buffer.byteLength(json, 'utf8');
}

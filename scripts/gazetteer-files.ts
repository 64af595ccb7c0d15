/** Reads the curated gazetteer sources from data/gazetteer (Node only). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountryExtra } from '../lib/entities/gazetteer-source';
import type { GazetteerInput } from '../lib/entities/validate-gazetteer';
import { isIsoCode } from './gazetteer/countries';
import { stateCodes } from './gazetteer/states';

// Not `new URL(…, import.meta.url)`: Vite (vitest) rewrites that form into asset URLs.
export const DATA_DIR = `${resolve(dirname(fileURLToPath(import.meta.url)), '../data/gazetteer')}/`;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') && name !== 'countries.json' ? [path] : [];
  });
}

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${relative(DATA_DIR, path)}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * The ISO 3166-1 alpha-2 codes that get a country entry: UN members and observers,
 * a few other states, and any CLDR territory the curators gave a line in countries.json.
 */
export function countryCodes(curated: Iterable<string> = []): Set<string> {
  return stateCodes([...curated].filter(isIsoCode));
}

export function readGazetteerSources(): GazetteerInput {
  const entries = jsonFiles(DATA_DIR).map((path) => ({ file: relative(DATA_DIR, path), entries: readJson(path) }));
  const countriesPath = join(DATA_DIR, 'countries.json');
  let countries: Record<string, CountryExtra> = {};
  try {
    countries = readJson(countriesPath) as Record<string, CountryExtra>;
  } catch (err) {
    if (!String(err).includes('ENOENT')) throw err;
  }
  return { entries, countries, countryCodes: countryCodes(Object.keys(countries)) };
}

/** English names and aliases of every entity, read from data/gazetteer (for scoring names against gold). */
import type { EntrySource } from '../../lib/entities/gazetteer-source';
import { countryEntry } from '../gazetteer/countries';
import { readGazetteerSources } from '../gazetteer-files';
import type { EnglishForms } from './entities';

export function englishForms(): EnglishForms {
  const input = readGazetteerSources();
  const map = new Map<string, string[]>();
  const add = (e: EntrySource) => map.set(e.id, [e.name.en, ...(e.aliases?.en ?? []), ...(e.weak?.en ?? []), ...(e.surname?.en ?? [])]);
  for (const code of input.countryCodes) add(countryEntry(code, input.countries[code]));
  for (const { entries } of input.entries) if (Array.isArray(entries)) for (const e of entries as EntrySource[]) add(e);
  return (id) => map.get(id) ?? [];
}

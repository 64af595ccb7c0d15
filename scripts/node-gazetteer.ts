/**
 * The entity matcher for Node tools (npm run annotate, eval, bench), built from
 * .generated/gazetteer.json; when that file is missing it is generated from
 * data/gazetteer on the fly (and written, so the next run is fast).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CompactGazetteer } from '../lib/entities/compact';
import { createMatcher, type EntityMatcher } from '../lib/entities/matcher';
import { buildGazetteer, GENERATED_FILE, writeGenerated } from './gazetteer/build';

/** The compact gazetteer: from the generated file, or built from the sources now. */
export function loadCompactGazetteer(path = GENERATED_FILE): CompactGazetteer {
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as CompactGazetteer;
  const outcome = buildGazetteer();
  if (!outcome.ok) throw new Error(`gazetteer sources have ${outcome.problems.length} problem(s); run npm run check:gazetteer\n${outcome.problems.slice(0, 20).join('\n')}`);
  writeGenerated(outcome.gazetteer, path);
  return outcome.gazetteer;
}

let cached: EntityMatcher | undefined;

/** The entity matcher for Node tools, built once per process. */
export function loadNodeMatcher(): EntityMatcher {
  cached ??= createMatcher(loadCompactGazetteer());
  return cached;
}

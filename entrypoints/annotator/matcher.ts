import type { CompactGazetteer } from '@/lib/entities/compact';
import { buildGazetteer } from '@/lib/entities/gazetteer';
import { EntityMatcher } from '@/lib/entities/matcher';
import { drainInSlices } from './scheduler';
// The compact gazetteer (npm run build:gazetteer) as text: JSON.parse reads 1.4 MB several times
// faster than the engine parses the same data as a JavaScript object literal. Only this bundle,
// injected on Persian and Arabic pages, imports it; the content loader that runs everywhere must not.
import gazetteerJson from '@/.generated/gazetteer.json?raw';

let matcher: Promise<EntityMatcher> | undefined;

/**
 * The entity matcher for this page, built from the bundled gazetteer in background-priority slices.
 * `matcher.gazetteer` also serves the tooltip's view model (lib/entities/view-model.ts).
 */
export async function loadMatcher(): Promise<EntityMatcher | undefined> {
  matcher ??= drainInSlices(buildGazetteer(JSON.parse(gazetteerJson) as CompactGazetteer)).then((g) => new EntityMatcher(g));
  return matcher;
}

import type { CompactGazetteer } from '@/lib/entities/compact';
import { createMatcher, type EntityMatcher } from '@/lib/entities/matcher';
// The compact gazetteer (npm run build:gazetteer) as text: JSON.parse reads 1.4 MB several times
// faster than the engine parses the same data as a JavaScript object literal. Only this bundle,
// injected on Persian and Arabic pages, imports it; the content loader that runs everywhere must not.
import gazetteerJson from '@/.generated/gazetteer.json?raw';

let matcher: EntityMatcher | undefined;

/**
 * The entity matcher for this page, built from the bundled gazetteer (a few ms).
 * `matcher.gazetteer` also serves the tooltip's view model (lib/entities/view-model.ts).
 */
export async function loadMatcher(): Promise<EntityMatcher | undefined> {
  matcher ??= createMatcher(JSON.parse(gazetteerJson) as CompactGazetteer);
  return matcher;
}

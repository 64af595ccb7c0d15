import type { EntityMatcher } from '@/lib/entities/matcher';

/** The entity matcher for this page, built from the bundled gazetteer. (Filled by the entities issue.) */
export async function loadMatcher(): Promise<EntityMatcher | undefined> {
  return undefined;
}

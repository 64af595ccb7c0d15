import { EntityMatcher } from '../lib/entities/matcher';

/** The entity matcher for Node tools, built from the gazetteer. (Filled by the entities issue.) */
export function loadNodeMatcher(): EntityMatcher {
  return new EntityMatcher();
}

import type { Folded } from '../text/fold';
import type { EntityAnnotation } from '../types';

export interface MatchContext {
  lang: 'fa' | 'ar';
  published?: string;
  folded?: Folded;
}

/** Finds gazetteer entities in text. (Filled by the entities issue.) */
export class EntityMatcher {
  match(_text: string, _ctx: MatchContext): EntityAnnotation[] {
    return [];
  }
}

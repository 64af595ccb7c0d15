import type { EntityAnnotation } from '../types';

export interface DiplomaticScore {
  score: number;
  diplomatic: boolean;
}

/** How much a text is about foreign policy and diplomacy. (Filled by the page-annotation issue.) */
export function scoreDiplomatic(_folded: string, _lang: 'fa' | 'ar', _entities: readonly EntityAnnotation[]): DiplomaticScore {
  return { score: 0, diplomatic: false };
}

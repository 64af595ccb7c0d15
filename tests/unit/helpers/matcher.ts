/** A stand-in for the gazetteer matcher (being built in the entities issue): finds a few names by string. */
import { EntityMatcher } from '@/lib/entities/matcher';
import type { EntityAnnotation } from '@/lib/types';

const KNOWN: Omit<EntityAnnotation, 'start' | 'end' | 'text'>[] = [
  { id: 'person:abbas-araghchi', type: 'person', name: { en: 'Abbas Araghchi', fa: 'عباس عراقچی', ar: 'عباس عراقجي' } },
  { id: 'country:IR', type: 'country', name: { en: 'Iran', fa: 'ایران', ar: 'إيران' } },
  { id: 'country:OM', type: 'country', name: { en: 'Oman', fa: 'عمان', ar: 'عُمان' } },
];

export class FakeMatcher extends EntityMatcher {
  override match(text: string): EntityAnnotation[] {
    const out: EntityAnnotation[] = [];
    for (const e of KNOWN) {
      for (let i = text.indexOf(e.name.fa); i >= 0; i = text.indexOf(e.name.fa, i + 1)) {
        out.push({ ...e, start: i, end: i + e.name.fa.length, text: e.name.fa });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

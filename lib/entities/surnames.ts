/**
 * A surname alone (کنعانی, ظريف, الجبير) names a person only when the text gives
 * a reason: the person is named in full somewhere in it (one sense per text,
 * headlines included), the given name stands right before it in a spelling no
 * key has («(محمد جواد) ظريف»), or a title does (آقای فیدان, الرئيس هادي). Two
 * people sharing a surname after a title: the one in office on the article's
 * date, or nobody.
 */
import { wordsBefore } from './context';
import { titleBefore } from './cues';
import type { DocFacts } from './doc-facts';
import type { Gazetteer } from './gazetteer';
import { heldOfficeOn } from './roles';

/** 'named': the text names the person otherwise; 'title': only a title before it. */
export type SurnameLicence = 'named' | 'title' | null;

export function surnameLicence(doc: DocFacts, wordStart: number, entity: number, gazetteer: Gazetteer): SurnameLicence {
  if (doc.mentioned(entity) || givenNameBefore(doc.text, wordStart, gazetteer.nameTokens(entity))) return 'named';
  return titleBefore(doc.text, wordStart) ? 'title' : null;
}

/** The person's given name right before the surname, even across brackets. */
function givenNameBefore(text: string, pos: number, nameWords: ReadonlySet<string>): boolean {
  return wordsBefore(text, pos, 2, true).some((w) => nameWords.has(w));
}

/** Among candidates for one form: if several are surnames licensed by a title only, keep the one in office on `date`, or none. */
export function narrowSurnames<T extends { entity: number; byTitle: boolean }>(best: T[], gazetteer: Gazetteer, date: string): T[] {
  const byTitle = best.filter((c) => c.byTitle);
  if (byTitle.length < 2) return best;
  const rest = best.filter((c) => !c.byTitle);
  if (rest.length > 0) return rest;
  const inOffice = byTitle.filter((c) => heldOfficeOn(gazetteer.entries[c.entity]!.r, date));
  return inOffice.length === 1 ? inOffice : [];
}

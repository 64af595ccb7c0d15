/**
 * A surname alone (کنعانی, ظريف, الجبير) names a person only when the text gives
 * a reason: the person is named in full somewhere in it (one sense per text,
 * headlines included), the given name stands right before it in a spelling no
 * key has («(محمد جواد) ظريف»), or a title does, before or after it (آقای فیدان,
 * الرئيس هادي, «سلیمانی وزیر ارتباطات»). Several people sharing a surname after
 * a title: the one whose office on the article's date the nearby words name, else
 * the only one in office then, else nobody.
 */
import { wordsAfter, wordsBefore } from './context';
import { TITLES, titleBefore } from './cues';
import type { DocFacts } from './doc-facts';
import type { Gazetteer } from './gazetteer';
import { rolesOn } from './roles';
import { foldKey } from '../text/fold';

/** Where the surname is, and the article's date. */
export interface SurnameContext {
  text: string;
  wordStart: number;
  wordEnd: number;
  date: string;
}

/** 'named': the text names the person otherwise; 'title': only a title next to it. */
export type SurnameLicence = 'named' | 'title' | null;

export function surnameLicence(doc: DocFacts, ctx: SurnameContext, entity: number, gazetteer: Gazetteer): SurnameLicence {
  if (doc.mentioned(entity) || givenNameBefore(doc.text, ctx.wordStart, gazetteer.nameTokens(entity))) return 'named';
  if (titleBefore(doc.text, ctx.wordStart)) return 'title';
  // A title after the name must be the person's own office then: «سلیمانی وزیر ارتباطات» yes, «سفر وزیر خارجه» (a trip) no.
  const after = wordsAfter(doc.text, ctx.wordEnd, 3);
  return TITLES.has(after[0] ?? '') && officeFit(gazetteer, entity, ctx.date, new Set(after)) > 0 ? 'title' : null;
}

/** The person's given name right before the surname, even across brackets. */
function givenNameBefore(text: string, pos: number, nameWords: ReadonlySet<string>): boolean {
  return wordsBefore(text, pos, 2, true).some((w) => nameWords.has(w));
}


/** Among candidates for one form: if several are surnames licensed by a title only, the one the context fits, or none. */
export function narrowSurnames<T extends { entity: number; byTitle: boolean }>(best: T[], gazetteer: Gazetteer, ctx: SurnameContext): T[] {
  const byTitle = best.filter((c) => c.byTitle);
  if (byTitle.length < 2) return best;
  const rest = best.filter((c) => !c.byTitle);
  if (rest.length > 0) return rest;
  const near = new Set([...wordsBefore(ctx.text, ctx.wordStart, 3), ...wordsAfter(ctx.text, ctx.wordEnd, 3)]);
  const scored = byTitle.map((c) => ({ c, fit: officeFit(gazetteer, c.entity, ctx.date, near) })).filter((x) => x.fit >= 0);
  const top = Math.max(0, ...scored.map((x) => x.fit));
  const winners = scored.filter((x) => x.fit === top);
  return winners.length === 1 ? [winners[0]!.c] : [];
}

/** -1 if the person held no office on `date`; else how many words of those offices' titles are near the surname. */
function officeFit(gazetteer: Gazetteer, entity: number, date: string, near: ReadonlySet<string>): number {
  const held = rolesOn(gazetteer.entries[entity]!.r, date);
  if (held.length === 0) return -1;
  const words = new Set(held.flatMap((h) => foldKey((gazetteer.titles[h.role.t]?.[1] ?? '').replace(/\u200c/g, '')).split(' ')));
  return [...near].filter((w) => w.length > 2 && words.has(w)).length;
}

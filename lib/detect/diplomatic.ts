/**
 * Is a text about foreign policy and diplomacy? A weighted count of diplomatic
 * cues (lib/detect/diplomatic-cues.ts), normalised by length so that a long
 * article does not win on size alone, plus what the entities say: several
 * countries, foreign ministers and heads of state, international organisations.
 * Entities count only as far as the cues go. The result is squashed into 0..1;
 * `diplomatic` is score ≥ THRESHOLD.
 * README "Diplomatic detection" gives the figures on the dev corpus.
 */
import { foldKey } from '../text/fold';
import type { EntityAnnotation } from '../types';
import { AR_CUES, FA_CUES } from './diplomatic-cues';

export interface DiplomaticScore {
  score: number;
  diplomatic: boolean;
}

export const THRESHOLD = 0.5;
/** How much of a text decides: an article's opening says whether it is diplomatic, and reading on costs time. */
export const OPENING = 30_000;

type CueTable = { pattern: RegExp; weights: Map<string, number> };
const tables = new Map<'fa' | 'ar', CueTable>();

function table(lang: 'fa' | 'ar'): CueTable {
  let t = tables.get(lang);
  if (!t) {
    const source = lang === 'fa' ? FA_CUES : AR_CUES;
    const weights = new Map(Object.entries(source).map(([k, w]) => [foldKey(k), w]));
    const alternatives = [...weights.keys()].sort((a, b) => b.length - a.length).map(escape);
    // Cues are matched at word starts; Persian and Arabic affixes may follow.
    t = { pattern: new RegExp(`(?<![\\u0600-\\u06ff])(?:[وبلف]|ال|وال|بال)?(${alternatives.join('|')})`, 'g'), weights };
    tables.set(lang, t);
  }
  return t;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How much the words of a text say it is diplomatic (`folded`: the text after lib/text/fold). */
export function cueEvidence(foldedText: string, lang: 'fa' | 'ar'): number {
  const folded = foldedText.length > OPENING ? foldedText.slice(0, OPENING) : foldedText;
  const t = table(lang);
  let cues = 0;
  const seen = new Map<string, number>();
  for (const m of folded.matchAll(t.pattern)) {
    const cue = m[1]!;
    // Repeating one cue adds less each time: a story is not more diplomatic for saying «سفیر» ten times.
    const n = (seen.get(cue) ?? 0) + 1;
    seen.set(cue, n);
    cues += (t.weights.get(cue) ?? 0) / n;
  }
  return cues / Math.sqrt(Math.max(1, folded.length / 1000));
}

const squash = (evidence: number) => 1 - Math.exp(-evidence / 12);

/**
 * Can entities still make this text diplomatic? They add at most as much as the
 * cues, so when twice the cue evidence falls short, the answer is no and the page
 * need not look for entities at all.
 */
export function couldBeDiplomatic(said: number): boolean {
  return squash(2 * said) >= THRESHOLD;
}

/** `folded` is the text after lib/text/fold. */
export function scoreDiplomatic(foldedText: string, lang: 'fa' | 'ar', allEntities: readonly EntityAnnotation[]): DiplomaticScore {
  return scoreFromEvidence(cueEvidence(foldedText, lang), allEntities);
}

export function scoreFromEvidence(said: number, allEntities: readonly EntityAnnotation[]): DiplomaticScore {
  const entities = allEntities.filter((e) => e.start < OPENING);
  // Entities back up what the words say but cannot make a text diplomatic on their own:
  // a report of a march in Gaza names as many countries as a ministers' meeting does.
  const score = squash(said + Math.min(entityEvidence(entities), said));
  return { score: Math.round(score * 1000) / 1000, diplomatic: score >= THRESHOLD };
}

function entityEvidence(entities: readonly EntityAnnotation[]): number {
  const countries = new Set<string>();
  let orgs = 0;
  let people = 0;
  for (const e of entities) {
    if (e.type === 'country') countries.add(e.id);
    else if (e.type === 'org' || e.type === 'agreement') orgs++;
    else if (e.type === 'person') people++;
  }
  return Math.min(6, Math.max(0, countries.size - 1) * 1.5) + Math.min(3, orgs) + Math.min(3, people * 0.5);
}

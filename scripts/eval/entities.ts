/**
 * Scores the entity matcher on the dev corpus (../shared/corpus/dev):
 * - mention recall: gold mentions overlapped by a predicted mark;
 * - canonical name: of those, the share whose predicted entity is the gold one
 *   (name.en or an English alias equals the gold canonical name, case and
 *   parentheses aside);
 * - precision (strict): predicted marks that overlap a gold mention of the same
 *   entity. Terms (type "term", the glossary) are not named entities and the gold
 *   does not annotate them, so they are counted apart; the strict figure with
 *   terms is reported too. The adjudicated figure also accepts the marks listed in
 *   entity-adjudication.ts: gold omissions checked by hand, each with a reason.
 */
import type { EntityMatcher } from '../../lib/entities/matcher';
import type { EntityAnnotation } from '../../lib/types';
import { prf, round, type GoldDoc } from './corpus';
import { ADJUDICATED } from './entity-adjudication';

export interface MentionRef {
  doc: string;
  start: number;
  text: string;
  gold?: string;
  predicted?: string;
  type: string;
}

export interface EntityReport {
  documents: number;
  gold: number;
  found: number;
  recall: number;
  nameRight: number;
  nameAccuracy: number;
  predicted: number;
  correct: number;
  precision: number;
  precisionWithTerms: number;
  adjudicatedCorrect: number;
  precisionAdjudicated: number;
  terms: number;
  misses: MentionRef[];
  wrongNames: MentionRef[];
  unmatched: (MentionRef & { adjudicated?: string })[];
}

interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  canonical: string;
}

/** English forms of an entity (name and aliases), for comparing with gold canonical names. */
export type EnglishForms = (id: string) => readonly string[];

/** Case, accents, parentheses, a leading "the" and the UN abbreviations aside. */
export function normaliseName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\([^)]*\)/g, '').replace(/^the /i, '')
    .replace(/\bUNSC\b/g, 'UN Security Council').replace(/\bUN\b/g, 'United Nations')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
}

export function evaluateEntities(docs: GoldDoc[], matcher: EntityMatcher, forms: EnglishForms): EntityReport {
  const r = emptyReport(docs.length);
  for (const doc of docs) scoreDocument(doc, matcher, forms, r);
  const named = r.predicted;
  r.recall = round(r.found / Math.max(1, r.gold));
  r.nameAccuracy = round(r.nameRight / Math.max(1, r.found));
  r.precision = round(prf(r.correct, named, r.gold).precision);
  r.precisionWithTerms = round(prf(r.correct, named + r.terms, r.gold).precision);
  r.precisionAdjudicated = round(prf(r.correct + r.adjudicatedCorrect, named, r.gold).precision);
  return r;
}

function emptyReport(documents: number): EntityReport {
  return {
    documents, gold: 0, found: 0, recall: 0, nameRight: 0, nameAccuracy: 0, predicted: 0, correct: 0, precision: 0,
    precisionWithTerms: 0, adjudicatedCorrect: 0, precisionAdjudicated: 0, terms: 0, misses: [], wrongNames: [], unmatched: [],
  };
}

function goldMentions(doc: GoldDoc): GoldMention[] {
  return doc.entities.flatMap((e) => e.mentions.map(([start, end]) => ({ start, end, text: doc.text.slice(start, end), type: e.type, canonical: e.canonical })));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function sameEntity(p: EntityAnnotation, g: GoldMention, forms: EnglishForms): boolean {
  const gold = normaliseName(g.canonical);
  return [p.name.en, ...forms(p.id)].some((f) => normaliseName(f) === gold);
}

function scoreDocument(doc: GoldDoc, matcher: EntityMatcher, forms: EnglishForms, r: EntityReport): void {
  const predicted = matcher.match(doc.text, { lang: doc.language, published: doc.published.iso });
  const named = predicted.filter((p) => p.type !== 'term');
  r.terms += predicted.length - named.length;
  const gold = goldMentions(doc);
  r.gold += gold.length;
  for (const g of gold) {
    const hits = named.filter((p) => overlaps(p, g));
    if (hits.length === 0) {
      r.misses.push({ doc: doc.id, start: g.start, text: g.text, gold: g.canonical, type: g.type });
      continue;
    }
    r.found++;
    if (hits.some((p) => sameEntity(p, g, forms))) r.nameRight++;
    else r.wrongNames.push({ doc: doc.id, start: g.start, text: g.text, gold: g.canonical, predicted: hits.map((p) => p.name.en).join(' + '), type: g.type });
  }
  r.predicted += named.length;
  for (const p of named) {
    if (gold.some((g) => overlaps(p, g) && sameEntity(p, g, forms))) {
      r.correct++;
      continue;
    }
    const reason = ADJUDICATED.find((a) => a.doc === doc.id && a.start === p.start && a.text === p.text && a.id === p.id)?.reason;
    if (reason) r.adjudicatedCorrect++;
    r.unmatched.push({ doc: doc.id, start: p.start, text: p.text, predicted: `${p.name.en} (${p.id})`, type: p.type, ...(reason ? { adjudicated: reason } : {}) });
  }
}

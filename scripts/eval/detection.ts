/** Scores language identification and the diplomatic/non-diplomatic decision on the dev corpus. */
import { annotateText } from '../../lib/annotate';
import type { EntityMatcher } from '../../lib/entities/matcher';
import { prf, round, type GoldDoc } from './corpus';

export interface DetectionReport {
  documents: number;
  languageCorrect: number;
  diplomatic: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  perDocument: { id: string; language: string; gold: boolean; predicted: boolean; score: number }[];
}

export function evaluateDetection(docs: GoldDoc[], matcher?: EntityMatcher): DetectionReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let languageCorrect = 0;
  const perDocument = docs.map((doc) => {
    const result = annotateText(doc.text, { published: doc.published.iso, matcher });
    if (result.language === doc.language) languageCorrect++;
    if (result.diplomatic && doc.diplomatic) tp++;
    else if (result.diplomatic) fp++;
    else if (doc.diplomatic) fn++;
    return { id: doc.id, language: result.language, gold: doc.diplomatic, predicted: result.diplomatic, score: round(result.score) };
  });
  const m = prf(tp, tp + fp, tp + fn);
  return {
    documents: docs.length,
    languageCorrect,
    diplomatic: { precision: round(m.precision), recall: round(m.recall), f1: round(m.f1), tp, fp, fn },
    perDocument,
  };
}

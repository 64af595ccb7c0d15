/**
 * The matcher on real text with the real gazetteer: the dev corpus figures must not
 * fall below their floors (measured − a small margin; see the README for the
 * current figures), and the seed texts must show what a reader expects.
 * Skipped when ../shared is not there (a checkout without the shared fixtures).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateText } from '@/lib/annotate';
import { CORPUS_DIR, SEEDS_DIR, loadCorpus } from '@/scripts/eval/corpus';
import { evaluateEntities } from '@/scripts/eval/entities';
import { englishForms } from '@/scripts/eval/english-forms';
import { evaluateSeeds } from '@/scripts/eval/seed-expectations';
import { loadNodeMatcher } from '@/scripts/node-gazetteer';

/** Strict figures measured on the dev corpus (2026-11, gazetteer of main cad05a2): 0.955 / 0.978 / 0.954. */
const FLOOR = { recall: 0.94, nameAccuracy: 0.965, precision: 0.94 };

describe.skipIf(!existsSync(CORPUS_DIR))('entities on the dev corpus', () => {
  const docs = loadCorpus();
  const report = evaluateEntities(docs, loadNodeMatcher(), englishForms());

  it('finds the gold mentions (recall)', () => {
    expect(report.recall, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it('links them to the right entity (canonical name)', () => {
    expect(report.nameAccuracy, JSON.stringify(report.wrongNames)).toBeGreaterThanOrEqual(FLOOR.nameAccuracy);
  });

  it('marks little the gold does not have (strict precision)', () => {
    expect(report.precision, JSON.stringify(report.unmatched)).toBeGreaterThanOrEqual(FLOOR.precision);
  });

  it('gives annotateText marks whose text is the original text at their offsets', () => {
    for (const doc of docs) {
      const { entities } = annotateText(doc.text, { published: doc.published.iso, matcher: loadNodeMatcher() });
      expect(entities.length, doc.id).toBeGreaterThan(0);
      for (const e of entities) expect(doc.text.slice(e.start, e.end), doc.id).toBe(e.text);
    }
  });
});

describe.skipIf(!existsSync(SEEDS_DIR))('entities in the seed texts', () => {
  it('links what a reader expects and nothing forbidden', () => {
    const r = evaluateSeeds(loadNodeMatcher());
    expect(r.missing).toEqual([]);
    expect(r.forbidden).toEqual([]);
  });
});

/**
 * The dev corpus (../shared/corpus/dev, read at test time) scored as `npm run eval`
 * scores it. Measured: 40/40 gold mentions found, precision 1 (0.635 strict, with the
 * bare relative words the corpus leaves unannotated), every value right, 7/7 relative
 * dates, no trap. The floors sit a little under those figures.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/eval/corpus';
import { evaluateDates } from '../../../scripts/eval/dates';

describe('dates on the dev corpus', () => {
  const report = evaluateDates(loadCorpus());

  it('finds the gold dates', () => {
    expect(report.goldMentions).toBe(40);
    expect(report.recall, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(0.975);
  });

  it('marks little the corpus does not mark', () => {
    expect(report.precision, JSON.stringify(report.falsePositives)).toBeGreaterThanOrEqual(0.975);
    expect(report.strictPrecision, JSON.stringify(report.deictic)).toBeGreaterThanOrEqual(0.6);
  });

  it('gives the gold value for what it finds, relative dates included', () => {
    expect(report.valueAccuracy, JSON.stringify(report.wrongValues)).toBeGreaterThanOrEqual(0.99);
    expect(report.relative.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('falls into none of the traps', () => {
    expect(report.trapHits, JSON.stringify(report.trapsHit)).toBe(0);
  });

  it('sets aside only bare relative words, never a date with digits', () => {
    expect(report.deictic.filter((d) => /[0-9۰-۹٠-٩]/.test(d.text))).toEqual([]);
  });
});

/**
 * The quick run of the fuzzing properties (tests/fuzz/properties.ts): a few
 * hundred cases each on every `npm test`. `npm run fuzz` runs 100,000 each.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from '../fuzz/properties';

describe('fuzzing, quick run', () => {
  it.each(PROPERTIES.map((p) => [p.name, p] as const))('%s', (_name, { property }) => {
    fc.assert(property, { numRuns: 300 });
  });
});

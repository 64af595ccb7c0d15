/**
 * npm run fuzz [-- --runs N] [--seed S] [--only TEXT]: the long run of the fuzzing
 * properties (tests/fuzz/properties.ts), 100,000 cases each by default. Prints, per
 * property, how many cases ran, how long it took and — when one fails — the
 * shrunk counterexample with the seed and path that replay it. Exits 1 on a failure.
 */
import fc from 'fast-check';
import { PROPERTIES } from '../tests/fuzz/properties';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(option('runs') ?? 100_000);
const seed = option('seed') === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(option('seed'));
const only = option('only');
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz [-- --runs N] [--seed S] [--only TEXT]');
  process.exit(2);
}

console.log(`fuzzing with seed ${seed}, ${runs.toLocaleString('en')} cases per property`);
let failed = 0;
let total = 0;
for (const { name, property } of PROPERTIES.filter((p) => !only || p.name.includes(only))) {
  const started = performance.now();
  const result = await fc.check(property, { numRuns: runs, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  total += result.numRuns;
  if (result.failed) {
    failed++;
    console.log(`FAIL  ${name}: failed after ${result.numRuns.toLocaleString('en')} cases (${seconds} s)`);
    console.log(`      counterexample: ${fc.stringify(result.counterexample)}`);
    console.log(`      error: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
    console.log(`      replay: npm run fuzz -- --seed ${result.seed} --only '${name}'  (path ${result.counterexamplePath})`);
  } else {
    console.log(`ok    ${name}: ${result.numRuns.toLocaleString('en')} cases, ${result.numSkips.toLocaleString('en')} skipped, ${seconds} s`);
  }
}
console.log(`${total.toLocaleString('en')} cases in all; ${failed === 0 ? 'no counterexample' : `${failed} propert${failed === 1 ? 'y' : 'ies'} failed`}`);
process.exit(failed === 0 ? 0 : 1);

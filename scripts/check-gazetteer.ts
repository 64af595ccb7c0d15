/** npm run check:gazetteer — validates data/gazetteer and prints every problem. */
import { readGazetteerSources } from './gazetteer-files';
import { validateGazetteer } from '../lib/entities/validate-gazetteer';

const input = readGazetteerSources();
const problems = validateGazetteer(input);
const counts = new Map<string, number>();
for (const { entries } of input.entries) {
  if (!Array.isArray(entries)) continue;
  for (const e of entries as { type?: string }[]) counts.set(String(e.type), (counts.get(String(e.type)) ?? 0) + 1);
}
console.log(`entries by type: ${JSON.stringify(Object.fromEntries(counts))}; countries with extras: ${Object.keys(input.countries).length}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('gazetteer OK');

/**
 * npm run build:gazetteer — validates data/gazetteer (the build fails with the
 * full problem list) and writes the compact runtime file .generated/gazetteer.json.
 * `--notes` also prints what curators may want to look at (keys several entities share).
 */
import { buildGazetteer, GENERATED_FILE, writeGenerated } from './gazetteer/build';

const outcome = buildGazetteer();
if (!outcome.ok) {
  console.error(outcome.problems.join('\n'));
  console.error(`gazetteer: ${outcome.problems.length} problem(s); nothing written`);
  process.exit(1);
}
const bytes = writeGenerated(outcome.gazetteer);
const byType = new Map<string, number>();
for (const e of outcome.gazetteer.entries) byType.set(e.t, (byType.get(e.t) ?? 0) + 1);
console.log(`gazetteer: ${outcome.gazetteer.entries.length} entries ${JSON.stringify(Object.fromEntries(byType))}, ${(bytes / 1e6).toFixed(3)} MB → ${GENERATED_FILE}`);
if (process.argv.includes('--notes')) console.log(outcome.notes.join('\n'));
else if (outcome.notes.length > 0) console.log(`${outcome.notes.length} note(s) for curators: npm run build:gazetteer -- --notes`);

/**
 * npm run bench: measures speed and sizes and prints one JSON object.
 * Each section is a module in scripts/bench/; numbers are medians of repeated runs.
 */
import { cpus } from 'node:os';
import { benchPage } from './bench/page';
import { benchDates } from './bench/dates';
import { benchEntities } from './bench/entities';
import { benchHostilePages } from './bench/hostile-pages';
import { benchReadingList } from './bench/reading-list';
import { benchText } from './bench/text';

const results: Record<string, unknown> = {
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
  date: new Date().toISOString(),
  text: benchText(),
  dates: benchDates(),
  entities: benchEntities(),
};
if (!process.argv.includes('--no-browser')) {
  results.readingList = await benchReadingList();
  results.page = await benchPage();
  results.hostilePages = await benchHostilePages();
}
console.log(JSON.stringify(results, null, 2));

/**
 * Date engine speed: fold + detect + convert over Persian news text (the seeds,
 * repeated to size) at 1 KB, 100 KB and 10 MB. Linear time shows as a flat MB/s.
 */
import { detectDates } from '../../lib/dates/detect';
import { fold } from '../../lib/text/fold';
import { mbPerSecond, round, timeMs } from './measure';
import { persianTextOfSize } from './text';

const SIZES: [string, number][] = [['1KB', 1e3], ['100KB', 1e5], ['10MB', 1e7]];

/** Calls per timed run so that each run lasts a few milliseconds at least. */
function repeatsFor(bytes: number): number {
  return Math.max(1, Math.round(2e6 / bytes));
}

export function benchDates() {
  const sizes: Record<string, { bytes: number; dates: number; ms: number; mbPerSecond: number }> = {};
  for (const [label, bytes] of SIZES) {
    const text = persianTextOfSize(bytes);
    const repeats = repeatsFor(bytes);
    const run = () => detectDates(text, { lang: 'fa', published: '2025-01-16', folded: fold(text) });
    const dates = run().length;
    const ms = timeMs(() => {
      for (let i = 0; i < repeats; i++) run();
    }, bytes > 1e6 ? 5 : 9, 2) / repeats;
    sizes[label] = { bytes: Buffer.byteLength(text, 'utf8'), dates, ms: round(ms, 4), mbPerSecond: round(mbPerSecond(text, ms)) };
  }
  const rates = Object.values(sizes).map((s) => s.mbPerSecond);
  return { sizes, target: 20, meetsTarget: rates.every((r) => r >= 20), slowestOverFastest: round(Math.min(...rates) / Math.max(...rates)) };
}

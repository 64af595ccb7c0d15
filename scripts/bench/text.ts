/** Folding speed over real Persian news text (the seeds, repeated to size). */
import { readFileSync, readdirSync } from 'node:fs';
import { fold } from '../../lib/text/fold';
import { SEEDS_DIR } from '../eval/corpus';
import { mbPerSecond, round, timeMs } from './measure';

export function seedCorpus(): string {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(SEEDS_DIR + f, 'utf8')).join('\n\n');
}

/** The seed corpus repeated to about `bytes` UTF-8 bytes. */
export function persianTextOfSize(bytes: number): string {
  const base = seedCorpus();
  const unit = Buffer.byteLength(base, 'utf8');
  return base.repeat(Math.max(1, Math.ceil(bytes / unit))).slice(0, Math.round((base.length * bytes) / unit));
}

export function benchText() {
  const text = persianTextOfSize(10e6);
  const ms = timeMs(() => fold(text), 5, 1);
  return { fold: { bytes: Buffer.byteLength(text, 'utf8'), ms: round(ms), mbPerSecond: round(mbPerSecond(text, ms)) } };
}

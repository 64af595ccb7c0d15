/**
 * Entity matching speed and gazetteer size with the full gazetteer:
 * - data: bytes of .generated/gazetteer.json, raw and gzipped;
 * - build: parsing that JSON and building the matcher (trie), and building alone;
 * - match: MB/s over ~10 MB of seed text, with the text already folded (as
 *   annotateText passes it) and with folding included. Targets: ≥ 20 MB/s,
 *   build ≤ 30 ms, data ≤ 1.5 MB.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { CompactGazetteer } from '../../lib/entities/compact';
import { Gazetteer } from '../../lib/entities/gazetteer';
import { EntityMatcher } from '../../lib/entities/matcher';
import { fold } from '../../lib/text/fold';
import { GENERATED_FILE } from '../gazetteer/build';
import { SEEDS_DIR } from '../eval/corpus';
import { loadCompactGazetteer } from '../node-gazetteer';
import { mbPerSecond, round, timeMs } from './measure';
import { persianTextOfSize } from './text';

function arabicTextOfSize(bytes: number): string {
  const base = readFileSync(`${SEEDS_DIR}001_a5948145aafebb31.txt`, 'utf8');
  return base.repeat(Math.ceil(bytes / Buffer.byteLength(base, 'utf8')));
}

function matchSpeed(matcher: EntityMatcher, text: string, lang: 'fa' | 'ar') {
  const folded = fold(text);
  const prefolded = timeMs(() => matcher.match(text, { lang, folded, published: '2024-12-02' }), 9, 2);
  const withFold = timeMs(() => matcher.match(text, { lang, published: '2024-12-02' }), 9, 2);
  return {
    bytes: Buffer.byteLength(text, 'utf8'),
    marks: matcher.match(text, { lang, folded }).length,
    mbPerSecond: round(mbPerSecond(text, prefolded)),
    mbPerSecondWithFold: round(mbPerSecond(text, withFold)),
  };
}

export function benchEntities() {
  loadCompactGazetteer(); // builds the file if it is missing
  const json = readFileSync(GENERATED_FILE, 'utf8');
  const data = JSON.parse(json) as CompactGazetteer;
  const gazetteer = new Gazetteer(data);
  const matcher = new EntityMatcher(gazetteer);
  return {
    data: { bytes: Buffer.byteLength(json, 'utf8'), gzipBytes: gzipSync(json).length, entries: data.entries.length, trieNodes: gazetteer.trie.size },
    build: {
      parseAndBuildMs: round(timeMs(() => new Gazetteer(JSON.parse(json) as CompactGazetteer), 9, 3)),
      buildMs: round(timeMs(() => new Gazetteer(data), 9, 3)),
    },
    match: { fa: matchSpeed(matcher, persianTextOfSize(10e6), 'fa'), ar: matchSpeed(matcher, arabicTextOfSize(5e6), 'ar') },
  };
}

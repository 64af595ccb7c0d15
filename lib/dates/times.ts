/**
 * Times of day on their own, for callers that want them (a time alone is not a date
 * annotation: detectDates attaches a time only to the date before it).
 */
import { fold } from '../text/fold';
import { pageOf } from './calendars';
import type { Env } from './model';
import { readTime } from './parse-time';
import { tokenize } from './tokens';

/** The times written in `text`, as 'HH:MM' in text order. */
export function findTimes(text: string): string[] {
  const folded = fold(text);
  const env: Env = { ts: tokenize(folded.text), lang: 'other', original: text, map: folded.map, page: pageOf(2451545) };
  const out: string[] = [];
  for (let i = 0; i < env.ts.n; ) {
    const t = readTime(env, i);
    if (t) {
      out.push(t.value);
      i = t.next;
    } else i++;
  }
  return out;
}

/**
 * Attaches a time of day to the date right before it on the same line:
 * «۱۲ آذر ۱۴۰۳ - ۱۸:۲۳», «1401/06/28 - 11:36», «پنجشنبه ۲۷ دی ساعت ۱۰ صبح».
 */
import type { Env, Expr } from './model';
import { readTime } from './parse-time';
import { isPunct, isWord, sameLine } from './tokens';

/** Sets `time` on dates followed by a time, in place. */
export function attachTimes(env: Env, exprs: Expr[]): void {
  const { ts } = env;
  for (let k = 0; k < exprs.length; k++) {
    const e = exprs[k]!;
    if (e.kind !== 'date' || e.blocked) continue;
    let j = e.t1;
    if (!sameLine(ts, j)) continue;
    if (isPunct(ts, j, '-–,،') || isWord(ts, j, 'در', 'فی')) j++;
    if (!sameLine(ts, j)) continue;
    const time = readTime(env, j);
    const next = exprs[k + 1];
    if (!time || (next && time.next > next.t0)) continue;
    e.time = time.value;
    e.t1 = time.next;
  }
}

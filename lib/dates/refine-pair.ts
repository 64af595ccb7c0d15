/**
 * Links the two halves of a dual-calendar date (dates.md §2.4 rule 8): «26 شوال 1436
 * هـ الموافق 11 أغسطس 2015 م», «18 اکتبر (27 مهر)», «19 و 20 مهر 1400 ( برابر با 11
 * و 12 اکتبر 2021 )», «چهارشنبه / ۲۰ اسفند / ۱۴۰۴ - 11 March, 2026». Both halves stay
 * annotations of their own, pointing at each other; detect.ts checks that they agree.
 */
import type { Env, Expr } from './model';
import { after, isPunct, lex, sameLine } from './tokens';

const pairable = (e: Expr) => (e.kind === 'date' || e.kind === 'range') && !e.blocked;

/** After the link between two halves: returns where the second half must start and whether it closes a parenthesis. */
function linkAt(env: Env, i: number): { next: number; paren: boolean } | undefined {
  const { ts } = env;
  let j = i;
  let paren = false;
  if (isPunct(ts, j, '(')) {
    paren = true;
    j++;
  }
  if (lex(ts, j, 'pairLink') && sameLine(ts, j)) {
    j = after(ts, j);
    if (!paren && isPunct(ts, j, '(')) {
      paren = true;
      j++;
    }
    return { next: j, paren };
  }
  if (paren) return { next: j, paren };
  if (isPunct(ts, j, '-–/') && sameLine(ts, j) && sameLine(ts, j + 1)) return { next: j + 1, paren: false };
  return undefined;
}

/** Points the two halves of each pair at each other, in place. */
export function linkPairs(env: Env, exprs: Expr[]): void {
  for (let k = 0; k + 1 < exprs.length; k++) {
    const a = exprs[k]!;
    const b = exprs[k + 1]!;
    if (a.pair !== undefined || !pairable(a) || !pairable(b) || a.calendar === b.calendar || a.kind !== b.kind) continue;
    const link = linkAt(env, a.t1);
    if (!link || link.next !== b.t0) continue;
    // «(27 مهر)»: the second half is marked without its parentheses.
    if (link.paren && !isPunct(env.ts, b.t1, ')')) continue;
    a.pair = b;
    b.pair = a;
    if (b.a.weekday === undefined && a.a.weekday !== undefined) b.a.weekday = a.a.weekday;
    k++;
  }
}

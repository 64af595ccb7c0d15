/**
 * Joins two dates with a range word into one range: «از ۲۸ اسفند ۱۴۰۳ تا ۱۳ فروردین
 * ۱۴۰۴», «۲۸ اسفند تا ۱۳ فروردین» (across the new year), «من 29 يوليو إلى 2 أغسطس».
 * «و» joins two dates, not a range. A part of a period («ابتدای مهر») is a boundary,
 * not a range end. Also takes the opening word (از، من، بين) into a range's span.
 */
import type { Env, Expr } from './model';
import { after, isPunct, lex, sameLine } from './tokens';

const joinable = (e: Expr) => (e.kind === 'date' || e.kind === 'month') && !e.blocked && e.a.part === undefined;

/** Token index after a single range connector at i, or undefined. */
function connectorAt(env: Env, i: number): number | undefined {
  const { ts } = env;
  if (!sameLine(ts, i) || !sameLine(ts, i + 1)) return undefined;
  if (isPunct(ts, i, '-–')) return i + 1;
  return lex(ts, i, 'range') ? after(ts, i) : undefined;
}

/** The opening word right before token t0 (از، من، بين), if there is room for it. */
function openerBefore(env: Env, t0: number, limit: number): number {
  const { ts } = env;
  for (let s = t0 - 1; s >= limit && s >= t0 - 2; s--) {
    if (lex(ts, s, 'opener') && after(ts, s) === t0 && sameLine(ts, t0)) return s;
  }
  return t0;
}

function merge(a: Expr, b: Expr): Expr {
  return { ...a, kind: 'range', t1: b.t1, a: a.a, b: b.a, time: b.time ?? a.time };
}

/** Merges ranges in a sorted, non-overlapping list; returns the new list. */
export function joinRanges(env: Env, exprs: Expr[]): Expr[] {
  const out: Expr[] = [];
  for (let k = 0; k < exprs.length; k++) {
    let e = exprs[k]!;
    const next = exprs[k + 1];
    const sameKind = next && next.kind === e.kind && e.kind === 'date';
    if (next && sameKind && joinable(e) && joinable(next) && next.calendar === e.calendar && connectorAt(env, e.t1) === next.t0) {
      e = merge(e, next);
      k++;
    }
    if (e.kind === 'range') e = { ...e, t0: openerBefore(env, e.t0, out.length ? out[out.length - 1]!.t1 : 0) };
    out.push(e);
  }
  return out;
}

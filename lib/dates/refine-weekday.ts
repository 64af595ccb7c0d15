/**
 * Joins a stated weekday to its date (chrono's MergeWeekdayComponentRefiner, but
 * keeping a contradiction instead of dropping it): «پنجشنبه ۲۷ دی ۱۴۰۳»,
 * «چهارشنبه / ۲۰ اسفند / ۱۴۰۴», «شامگاه جمعه (۲۹ شهریور)», «يكشنبه شب 8 نوامبر»,
 * «بامداد روز پنجشنبه 27 دی 1403», «فردا جمعه 28 اکتبر», «۱۴۰۳ دی ۲۷, پنجشنبه».
 */
import type { Env, Expr } from './model';
import { after, isNum, isPunct, isWord, lex, sameLine } from './tokens';

/** Start of the longest lexicon key that ends at token j («پنج شنبه», not its «شنبه»). */
function keyEndingAt(env: Env, j: number, kind: 'weekday' | 'tod' | 'relDay' | 'pairLink'): number | undefined {
  for (let s = Math.max(0, j - 2); s <= j; s++) {
    if (lex(env.ts, s, kind) && after(env.ts, s) === j + 1) return s;
  }
  return undefined;
}

interface Found {
  t0: number;
  weekday: number;
  paren: boolean;
}

/** Walks back from the date at t0 over [relDay] [tod] [روز] weekday [tod] [punct] [(]. */
function weekdayBefore(env: Env, t0: number, limit: number): Found | undefined {
  const { ts } = env;
  let j = t0 - 1;
  const ok = (k: number) => k >= limit && sameLine(ts, k + 1);
  const paren = ok(j) && isPunct(ts, j, '(');
  if (paren) j--;
  if (ok(j) && isPunct(ts, j, ',/-،')) j--;
  const link = ok(j) ? keyEndingAt(env, j, 'pairLink') : undefined; // «يوم الجمعة الموافق 17 يوليو»
  if (link !== undefined) j = link - 1;
  const tod = ok(j) ? keyEndingAt(env, j, 'tod') : undefined;
  if (tod !== undefined) j = tod - 1;
  const w = ok(j) ? keyEndingAt(env, j, 'weekday') : undefined;
  if (w === undefined) return undefined;
  const weekday = lex(ts, w, 'weekday')!.weekday;
  j = w - 1;
  if (ok(j) && isWord(ts, j, 'روز', 'یوم')) j--;
  const tod2 = ok(j) ? keyEndingAt(env, j, 'tod') : undefined;
  if (tod2 !== undefined) j = tod2 - 1;
  const rel = ok(j) ? keyEndingAt(env, j, 'relDay') : undefined;
  if (rel !== undefined) j = rel - 1;
  return { t0: j + 1, weekday, paren };
}

/** «…۲۷, پنجشنبه» or «… (یکشنبه)»: a weekday after the date that starts no other date. */
function weekdayAfter(env: Env, t1: number): { t1: number; weekday: number } | undefined {
  const { ts } = env;
  if (!sameLine(ts, t1)) return undefined;
  const paren = isPunct(ts, t1, '(');
  const j = paren || isPunct(ts, t1, ',،-') ? t1 + 1 : t1;
  const w = sameLine(ts, j) ? lex(ts, j, 'weekday') : undefined;
  if (!w) return undefined;
  const next = after(ts, j);
  if (paren) return isPunct(ts, next, ')') ? { t1: next + 1, weekday: w.weekday } : undefined;
  const startsDate = sameLine(ts, next) && (isNum(ts, next) || lex(ts, next, 'ordinal') !== undefined || isPunct(ts, next, ',،/('));
  return startsDate ? undefined : { t1: next, weekday: w.weekday };
}

/** Attaches weekdays to the dates in `exprs` (sorted, non-overlapping), in place. */
export function attachWeekdays(env: Env, exprs: Expr[]): void {
  for (let k = 0; k < exprs.length; k++) {
    const e = exprs[k]!;
    if (e.kind !== 'date' && e.kind !== 'range') continue;
    const limit = k > 0 ? exprs[k - 1]!.t1 : 0;
    const before = weekdayBefore(env, e.t0, limit);
    if (before && (!before.paren || isPunct(env.ts, e.t1, ')'))) {
      e.t0 = before.t0;
      if (before.paren) e.t1++;
      e.a.weekday = before.weekday;
      continue;
    }
    const next = exprs[k + 1];
    const behind = e.kind === 'date' ? weekdayAfter(env, e.t1) : undefined;
    if (behind && (!next || behind.t1 <= next.t0)) {
      e.t1 = behind.t1;
      e.a.weekday = behind.weekday;
    }
  }
}

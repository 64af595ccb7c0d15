/**
 * Drops readings that are names, not dates (dates.md §2.4 rule 10, §2.6): a date
 * without a year right after a place or movement word («میدان ۷ تیر», «بنیاد ۱۵
 * خرداد», «ثورة 25 يناير»), and years that follow an identifier word.
 */
import type { Env, Expr } from './model';
import { lex, sameLine } from './tokens';

function yearless(e: Expr): boolean {
  return e.a.y === undefined && e.a.yearOffset === undefined && (e.b === undefined || e.b.y === undefined);
}

function isName(env: Env, e: Expr): boolean {
  const { ts } = env;
  const before = e.t0 - 1;
  if (before < 0 || !sameLine(ts, e.t0)) return false;
  if (e.kind !== 'year' && e.kind !== 'year-range' && yearless(e) && lex(ts, before, 'place')) return true;
  return (e.kind === 'year' || e.kind === 'year-range') && lex(ts, before, 'idWord') !== undefined;
}

/** The expressions that are dates. */
export function dropNames(env: Env, exprs: Expr[]): Expr[] {
  return exprs.filter((e) => e.kind === 'relative' || !isName(env, e));
}

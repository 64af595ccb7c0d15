/**
 * A part of a month or a year: «ابتدای مهر ماه سال 1394» (its first day), «اوایل»,
 * «اواسط», «اواخر دی ۱۴۰۳» (ten-day thirds), «پایان سال ۱۴۰۲», «مطلع عام 2015».
 */
import type { Env, Expr } from './model';
import { parseMonthYear } from './parse-named';
import { parseCuedYear } from './parse-year';
import { after, lex, sameLine } from './tokens';

/** «ابتدای مهر ماه سال 1394», «اواخر دی ۱۴۰۳», «اواخر سال ۱۴۰۲»: a part of a month or year. */
export function parsePart(env: Env, i: number): Expr | undefined {
  const part = lex(env.ts, i, 'part');
  if (!part || !sameLine(env.ts, i + 1)) return undefined;
  const j = after(env.ts, i);
  const inner = parseMonthYear(env, j) ?? parseCuedYear(env, j);
  if (!inner || (inner.kind !== 'month' && inner.kind !== 'year')) return undefined;
  return { ...inner, t0: i, a: { ...inner.a, part: part.part } };
}


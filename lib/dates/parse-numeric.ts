/**
 * All-digit dates: «1401/06/28», «۱۴۰۱-۰۶-۲۸», «۱۴۰۱.۰۶.۲۸», «28/06/1401»,
 * «16/01/2025», «1446/07/16هـ», «26 / 11 / 1436 هـ», and the day range
 * «من 1 حتى 26 / 11 / 1436 هـ». Y/M/D when the first field has four digits, D/M/Y
 * when the last has; never M/D/Y, never two-digit years (dates.md §2.4 rule 2).
 */
import { calendarOfYear, plausibleYear } from './calendar-choice';
import type { Calendar, Env, Expr } from './model';
import { isGroupedOrDecimal } from './numbers';
import { readEra } from './parse-era';
import { readDayConnector } from './parse-named';
import { digitCount, glued, isNum, isPunct, sameLine } from './tokens';

interface Triple {
  fields: [number, number, number];
  digits: [number, number, number];
  next: number;
}

/** A separator between fields; «/» may have spaces around it, «-» and «.» may not. */
function separatorAt(env: Env, i: number, sep: string | undefined): string | undefined {
  const { ts } = env;
  if (!isPunct(ts, i, sep ?? '/-.')) return undefined;
  const ch = ts.text[ts.start[i]!]!;
  const tight = glued(ts, i) && glued(ts, i + 1);
  if (ch !== '/' && !tight) return undefined;
  return sameLine(ts, i) && sameLine(ts, i + 1) ? ch : undefined;
}

function readTriple(env: Env, i: number): Triple | undefined {
  const { ts } = env;
  if (!isNum(ts, i) || isGroupedOrDecimal(env, i)) return undefined;
  const sep = separatorAt(env, i + 1, undefined);
  if (!sep || !isNum(ts, i + 2) || separatorAt(env, i + 3, sep) !== sep || !isNum(ts, i + 4)) return undefined;
  // Longer chains (IP addresses, phone numbers, version numbers) are not dates.
  if (separatorAt(env, i + 5, sep) && isNum(ts, i + 6)) return undefined;
  if (i >= 2 && separatorAt(env, i - 1, sep) && isNum(ts, i - 2)) return undefined;
  const at = [i, i + 2, i + 4] as const;
  return {
    fields: [ts.value[at[0]]!, ts.value[at[1]]!, ts.value[at[2]]!],
    digits: [digitCount(ts, at[0]), digitCount(ts, at[1]), digitCount(ts, at[2])],
    next: i + 5,
  };
}

function ymdOf(t: Triple): { y: number; m: number; d: number } | undefined {
  const [a, b, c] = t.fields;
  const [da, db, dc] = t.digits;
  if (da === 4 && db <= 2 && dc <= 2) return { y: a, m: b, d: c };
  if (dc === 4 && da <= 2 && db <= 2) return { y: c, m: b, d: a };
  return undefined;
}

/** A numeric date at token i. */
export function parseNumeric(env: Env, i: number): Expr | undefined {
  const triple = readTriple(env, i);
  if (!triple) return undefined;
  const ymd = ymdOf(triple);
  if (!ymd || ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > 31) return undefined;
  const era = readEra(env, triple.next);
  if (era?.era === 'bc') return { kind: 'date', t0: i, t1: era.next, calendar: 'gregorian', a: ymd, blocked: true };
  let calendar: Calendar;
  let ambiguous = false;
  let y = ymd.y;
  if (era && era.era !== 'imperial') calendar = era.era;
  else if (era?.era === 'imperial') {
    calendar = 'jalali';
    y -= 1180;
  } else {
    const choice = calendarOfYear(ymd.y, env.lang, env.page);
    if (!choice) return undefined;
    ({ calendar, ambiguous } = choice);
  }
  if (!plausibleYear(y, calendar, true)) return undefined;
  const t1 = era ? era.next : triple.next;
  return { kind: 'date', t0: i, t1, calendar, a: { ...ymd, y }, ambiguous, imperial: era?.era === 'imperial' || undefined };
}

/** «من 1 حتى 26 / 11 / 1436 هـ», «1-26/11/1436»: a day, a connector, then a numeric D/M/Y date. */
export function parseNumericRange(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  if (!isNum(ts, i) || digitCount(ts, i) > 2 || isGroupedOrDecimal(env, i)) return undefined;
  const conn = readDayConnector(env, i + 1);
  if (conn === undefined) return undefined;
  const end = parseNumeric(env, conn);
  const d1 = ts.value[i]!;
  if (!end || end.blocked || digitCount(ts, conn) > 2 || end.a.d === undefined || d1 < 1 || d1 >= end.a.d) return undefined;
  return { ...end, kind: 'range', t0: i, a: { ...end.a, d: d1 }, b: end.a };
}

/**
 * Written fields → days: a date, range, month or year becomes a span of day numbers
 * [from, to]. Missing years are inferred: a day or month without a year is the
 * occurrence nearest the anchor (the publication date, or the other half of a pair);
 * a range whose end month comes before its start month runs into the next year; a
 * two-digit year takes the century nearest the page (dates.md §2.4 rules 3–4).
 */
import { dayOf, fromJdn, monthSpan, pageYear, yearSpan } from './calendars';
import { FIRST_DAY, LAST_DAY, weekdayOfJdn } from './day-number';
import type { Calendar, Env, Expr, Parts } from './model';
import { expandTwoDigitYear } from './numbers';
import { partOf, spanResult, type Resolution } from './period-part';

export type { Resolution, ResolvedKind } from './period-part';
import { resolveRelative } from './resolve-relative';

/** The year written (or said relatively) in `p`, or undefined when none was. */
function writtenYear(env: Env, p: Parts, calendar: Calendar): number | undefined {
  if (p.yearOffset !== undefined) return pageYear(env.page, calendar) + p.yearOffset;
  if (p.y === undefined) return undefined;
  return p.twoDigitYear ? expandTwoDigitYear(p.y, pageYear(env.page, calendar)) : p.y;
}

/**
 * The year that puts m/d nearest the anchor, preferring years where the stated weekday
 * fits; `dir` asks for the last occurrence before the anchor (−1) or the next one after (1).
 */
function nearestYear(calendar: Calendar, m: number, d: number, anchor: number, weekday?: number, dir?: -1 | 1): number | undefined {
  const y0 = fromJdn(calendar, anchor).y;
  let best: { y: number; score: number } | undefined;
  for (let y = y0 - 4; y <= y0 + 4; y++) {
    const day = dayOf(calendar, y, m, d);
    if (!day || (dir === -1 && day.jdn >= anchor) || (dir === 1 && day.jdn <= anchor)) continue;
    const distance = Math.abs(day.jdn - anchor);
    // A stated weekday picks between the occurrences within a year of the anchor.
    const misfit = weekday !== undefined && (weekdayOfJdn(day.jdn) !== weekday || distance > 366) ? 400 : 0;
    const score = distance + misfit;
    if (!best || score < best.score) best = { y, score };
  }
  return best?.y;
}

/** Checks a stated weekday; Hijri dates may be a day off (Umm al-Qura vs sighting). */
function checkWeekday(jdn: number, stated: number | undefined, calendar: Calendar): 'ok' | 'mismatch' | undefined {
  if (stated === undefined) return undefined;
  const actual = weekdayOfJdn(jdn);
  if (actual === stated) return 'ok';
  const off = (stated - actual + 7) % 7;
  return calendar === 'hijri' && (off === 1 || off === 6) ? 'ok' : 'mismatch';
}

function worst(...checks: ('ok' | 'mismatch' | undefined)[]): 'ok' | 'mismatch' | undefined {
  return checks.includes('mismatch') ? 'mismatch' : checks.includes('ok') ? 'ok' : undefined;
}

function resolveDate(env: Env, e: Expr, anchor: number): Resolution | undefined {
  const { a } = e;
  if (a.m === undefined || a.d === undefined) return undefined;
  const written = writtenYear(env, a, e.calendar);
  const y = written ?? nearestYear(e.calendar, a.m, a.d, anchor, a.weekday, e.monthDir);
  const day = y === undefined ? undefined : dayOf(e.calendar, y, a.m, a.d);
  if (!day) return undefined;
  const weekdayCheck = checkWeekday(day.jdn, a.weekday, e.calendar);
  return {
    kind: 'date', from: day.jdn, to: day.jdn, inferred: written === undefined || a.twoDigitYear === true,
    approximate: e.calendar === 'hijri', weekdayCheck, weekdayStated: a.weekday,
    label: day.overflow ? { calendar: e.calendar, y: y!, m: a.m, d: a.d } : undefined,
  };
}

function resolveRange(env: Env, e: Expr, anchor: number): Resolution | undefined {
  const a = e.a;
  const b = e.b;
  if (!b || a.d === undefined || b.d === undefined) return undefined;
  const ma = a.m ?? b.m;
  const mb = b.m ?? a.m;
  if (ma === undefined || mb === undefined) return undefined;
  const wraps = mb < ma || (mb === ma && b.d < a.d);
  let ya = writtenYear(env, a, e.calendar);
  let yb = writtenYear(env, b, e.calendar);
  const inferred = ya === undefined && yb === undefined;
  if (ya === undefined && yb !== undefined) ya = wraps ? yb - 1 : yb;
  if (ya === undefined) ya = nearestYear(e.calendar, ma, a.d, anchor, a.weekday);
  if (ya === undefined) return undefined;
  yb ??= wraps ? ya + 1 : ya;
  const from = dayOf(e.calendar, ya, ma, a.d);
  const to = dayOf(e.calendar, yb, mb, b.d);
  if (!from || !to || to.jdn <= from.jdn || to.jdn - from.jdn > 3660) return undefined;
  const weekdayCheck = worst(checkWeekday(from.jdn, a.weekday, e.calendar), checkWeekday(to.jdn, b.weekday, e.calendar));
  return {
    kind: 'range', from: from.jdn, to: to.jdn, inferred: inferred || a.twoDigitYear === true || b.twoDigitYear === true,
    approximate: e.calendar === 'hijri', weekdayCheck, weekdayStated: a.weekday ?? b.weekday,
  };
}

/** The month occurrence nearest the anchor, or the next/last one for «المقبل»/«الماضي». */
function nearestMonthYear(calendar: Calendar, m: number, anchor: number, dir: -1 | 1 | undefined): number | undefined {
  const y0 = fromJdn(calendar, anchor).y;
  const spans = [y0 - 1, y0, y0 + 1].map((y) => ({ y, span: monthSpan(calendar, y, m) })).filter((c) => c.span);
  if (dir === 1) return spans.find((c) => c.span![0] > anchor)?.y;
  if (dir === -1) return spans.findLast((c) => c.span![1] < anchor)?.y;
  const distance = (s: [number, number]) => (anchor < s[0] ? s[0] - anchor : anchor > s[1] ? anchor - s[1] : 0);
  return spans.reduce((best, c) => (distance(c.span!) < distance(best.span!) ? c : best), spans[0]!)?.y;
}

function resolveMonth(env: Env, e: Expr, anchor: number): Resolution | undefined {
  const { a } = e;
  if (a.m === undefined) return undefined;
  const written = writtenYear(env, a, e.calendar);
  const y = written ?? nearestMonthYear(e.calendar, a.m, anchor, e.monthDir);
  const span = y === undefined ? undefined : monthSpan(e.calendar, y, a.m);
  if (y === undefined || !span) return undefined;
  const narrowed = a.part ? partOf(span, a.part, 'month', e.calendar, y) : span;
  const result = spanResult(narrowed, a.part, 'month', { calendar: e.calendar, y, m: a.m });
  return { ...result, inferred: written === undefined, approximate: e.calendar === 'hijri' };
}

function resolveYear(env: Env, e: Expr): Resolution | undefined {
  const y = writtenYear(env, e.a, e.calendar);
  const span = y === undefined ? undefined : yearSpan(e.calendar, y);
  if (y === undefined || !span) return undefined;
  const narrowed = e.a.part ? partOf(span, e.a.part, 'year', e.calendar, y) : span;
  return { ...spanResult(narrowed, e.a.part, 'year', { calendar: e.calendar, y }), inferred: false, approximate: e.calendar === 'hijri' };
}

function resolveYearRange(e: Expr): Resolution | undefined {
  const y1 = e.a.y;
  const y2 = e.b?.y;
  if (y1 === undefined || y2 === undefined) return undefined;
  const from = e.academic ? dayOf('jalali', y1, 7, 1)?.jdn : yearSpan(e.calendar, y1)?.[0];
  const to = e.academic ? dayOf('jalali', y2, 6, 31)?.jdn : yearSpan(e.calendar, y2)?.[1];
  if (from === undefined || to === undefined) return undefined;
  return { kind: 'year-range', from, to, inferred: false, approximate: e.calendar === 'hijri' };
}


/** Days of an expression, or undefined when the written date does not exist (31 Mehr). */
export function resolve(env: Env, e: Expr, anchor = env.page.jdn): Resolution | undefined {
  const r = resolveKind(env, e, anchor);
  return r && r.from >= FIRST_DAY && r.to <= LAST_DAY ? r : undefined;
}

function resolveKind(env: Env, e: Expr, anchor: number): Resolution | undefined {
  switch (e.kind) {
    case 'date': return resolveDate(env, e, anchor);
    case 'range': return resolveRange(env, e, anchor);
    case 'month': return resolveMonth(env, e, anchor);
    case 'year': return resolveYear(env, e);
    case 'year-range': return resolveYearRange(e);
    case 'relative': return resolveRelative(env, e);
    default: return undefined;
  }
}

/**
 * Relative expressions → days, counted from the publication date. Weeks run
 * Saturday to Friday (the Iranian week, also the usual Arab week); «سال» alone is the
 * Jalali year in Persian and «العام» the Gregorian year in Arabic (dates.md §2.6 trap 8).
 */
import { fromJdn, monthSpan, yearSpan } from './calendars';
import { weekdayOfJdn } from './day-number';
import type { PeriodPart } from './lexicon-data';
import type { Calendar, Env, Expr, Relative } from './model';
import { partOf, spanResult, type Resolution } from './period-part';

/** The Saturday that starts the week of `jdn`. */
export function weekStart(jdn: number): number {
  return jdn - ((weekdayOfJdn(jdn) + 1) % 7);
}

function weekdayDay(page: number, r: Extract<Relative, { type: 'weekday' }>): number {
  const back = (weekdayOfJdn(page) - r.weekday + 7) % 7;
  const ahead = (r.weekday - weekdayOfJdn(page) + 7) % 7;
  switch (r.when) {
    case 'past': return page - (back || 7);
    case 'future': return page + (ahead || 7);
    case 'onOrBefore': return page - back;
    case 'onOrAfter': return page + ahead;
    case 'week': return weekStart(page) + 7 * (r.weekOffset ?? 0) + ((r.weekday + 1) % 7);
    default: return ahead <= back ? page + ahead : page - back;
  }
}

/** The month `offset` months from the page's month in `calendar`. */
function shiftedMonth(page: number, calendar: Calendar, offset: number): { y: number; m: number } {
  const cur = fromJdn(calendar, page);
  const index = cur.y * 12 + (cur.m - 1) + offset;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

function periodResolution(page: number, unit: 'week' | 'month' | 'year', offset: number, calendar: Calendar, part: PeriodPart | undefined): Resolution | undefined {
  const approximate = calendar === 'hijri';
  if (unit === 'week') {
    const from = weekStart(page) + 7 * offset;
    return { kind: 'range', from, to: from + 6, inferred: false, approximate: false };
  }
  if (unit === 'month') {
    const { y, m } = shiftedMonth(page, calendar, offset);
    const span = monthSpan(calendar, y, m);
    if (!span) return undefined;
    const narrowed = part ? partOf(span, part, 'month', calendar, y) : span;
    return { ...spanResult(narrowed, part, 'month', { calendar, y, m }), inferred: false, approximate };
  }
  const y = fromJdn(calendar, page).y + offset;
  const span = yearSpan(calendar, y);
  if (!span) return undefined;
  const narrowed = part ? partOf(span, part, 'year', calendar, y) : span;
  return { ...spanResult(narrowed, part, 'year', { calendar, y }), inferred: false, approximate };
}

function day(jdn: number, stated?: number): Resolution {
  const weekdayCheck = stated === undefined ? undefined : weekdayOfJdn(jdn) === stated ? 'ok' : 'mismatch';
  return { kind: 'date', from: jdn, to: jdn, inferred: false, approximate: false, weekdayCheck, weekdayStated: stated };
}

/** Days of a relative expression. */
export function resolveRelative(env: Env, e: Expr): Resolution | undefined {
  const r = e.relative;
  const page = env.page.jdn;
  if (!r) return undefined;
  switch (r.type) {
    case 'day': return day(page + r.offset, e.weekday);
    case 'weekday': return day(weekdayDay(page, r));
    case 'period': return periodResolution(page, r.unit, r.offset, r.calendar, r.part);
    case 'ago':
      if (r.unit === 'day') return day(page + r.dir * r.count);
      if (r.unit === 'week') return day(page + r.dir * 7 * r.count);
      return periodResolution(page, r.unit, r.dir * r.count, r.calendar, undefined);
    default: return undefined;
  }
}

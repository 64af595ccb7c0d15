/**
 * Years: «سال ۱۴۰۳», «في 2013», «سال ۲۰۲۵ میلادی», «2025م», «۲۵۳۵ شاهنشاهی», and year
 * ranges «سال تحصیلی ۱۴۰۳-۱۴۰۴», «برنامه هفتم توسعه ۱۴۰۳-۱۴۰۷», «بين عامي 2010 و2015».
 * A bare number is never a year: a cue word or an era suffix must say so, so that
 * «۱۴۰۳ تومان» and «قطعنامه 2231» stay numbers. BC years («۵۰۰ ق.م») are read only
 * to block them.
 */
import { calendarOfYear, plausibleYear } from './calendar-choice';
import type { Calendar, Env, Expr } from './model';
import { canBeShortYear, expandTwoDigitYear, followedByUnitNoun, isGroupedOrDecimal } from './numbers';
import { readEra, type Era } from './parse-era';
import { parseNumeric } from './parse-numeric';
import { parseYearMonthDay } from './parse-named';
import { after, digitCount, glued, isNum, isPunct, isWord, lex, sameLine } from './tokens';

interface YearAt {
  y: number;
  calendar: Calendar;
  ambiguous: boolean;
  imperial: boolean;
  next: number;
}

/** A number that is followed by something that makes it a date, a count or an id. */
function notAYear(env: Env, i: number): boolean {
  const { ts } = env;
  if (isGroupedOrDecimal(env, i) || followedByUnitNoun(env, i + 1)) return true;
  if (isPunct(ts, i + 1, ':')) return true;
  return parseNumeric(env, i) !== undefined || parseYearMonthDay(env, i) !== undefined;
}

function eraCalendar(era: Era | undefined): Calendar | undefined {
  return era === 'jalali' || era === 'hijri' || era === 'gregorian' ? era : era === 'imperial' ? 'jalali' : undefined;
}

/** The year at number token i, with its era if written; `cued` when a cue word came first. */
function readYear(env: Env, i: number, cued: boolean): YearAt | undefined {
  const { ts } = env;
  if (!isNum(ts, i) || notAYear(env, i)) return undefined;
  const digits = digitCount(ts, i);
  const era = readEra(env, i + 1);
  if (era?.era === 'bc') return undefined;
  const fromEra = eraCalendar(era?.era);
  let v = ts.value[i]!;
  if (digits === 2 && cued && isWord(ts, i - 1, 'سال') && env.lang !== 'ar' && !era && canBeShortYear(env, i)) {
    return { y: expandTwoDigitYear(v, env.page.jalali.y), calendar: 'jalali', ambiguous: false, imperial: false, next: i + 1 };
  }
  if (era?.era === 'imperial') v -= 1180;
  if (fromEra) {
    if (!plausibleYear(v, fromEra, digits === 4)) return undefined;
    if (fromEra === 'gregorian' && env.lang !== 'ar' && digits !== 4) return undefined; // «۲۰ م» is metres
    return { y: v, calendar: fromEra, ambiguous: false, imperial: era?.era === 'imperial', next: era!.next };
  }
  if (!cued || digits !== 4) return undefined;
  const choice = calendarOfYear(v, env.lang, env.page);
  return choice && { y: v, ...choice, imperial: false, next: i + 1 };
}

/** A year range after the first year: «-۱۴۰۷», «تا ۱۴۰۷», «و2015». */
function readSecondYear(env: Env, i: number, first: YearAt, cued: boolean): YearAt | undefined {
  const { ts } = env;
  if (!sameLine(ts, i)) return undefined;
  const hyphen = isPunct(ts, i, '-–');
  const word = lex(ts, i, 'range') !== undefined || (cued && lex(ts, i, 'and') !== undefined);
  if (!hyphen && !word) return undefined;
  const j = hyphen ? i + 1 : after(ts, i);
  if (!isNum(ts, j) || digitCount(ts, j) !== 4 || !sameLine(ts, j)) return undefined;
  const second = readYear(env, j, true);
  if (!second || second.calendar !== first.calendar || second.y <= first.y || second.y - first.y > 50) return undefined;
  return second;
}

function yearExpr(env: Env, t0: number, first: YearAt, second: YearAt | undefined, academic: boolean): Expr {
  const t1 = second ? second.next : first.next;
  const base = { t0, t1, calendar: first.calendar, ambiguous: first.ambiguous || undefined, imperial: first.imperial || undefined };
  if (second) return { ...base, kind: 'year-range', a: { y: first.y }, b: { y: second.y }, academic: academic || undefined };
  return { ...base, kind: 'year', a: { y: first.y } };
}

/** «سال ۱۴۰۳», «في 2013», «عام 2015», «سال تحصیلی ۱۴۰۳-۱۴۰۴», «بين عامي 2010 و2015». */
export function parseCuedYear(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  if (!lex(ts, i, 'yearCue')) return undefined;
  let j = after(ts, i);
  const academic = isWord(ts, i, 'سال') && isWord(ts, j, 'تحصیلی');
  if (academic) j++;
  if (!sameLine(ts, j)) return undefined;
  const first = readYear(env, j, true);
  if (!first) return undefined;
  const second = readSecondYear(env, first.next, first, true);
  const expr = yearExpr(env, i, first, second, academic);
  if (academic && expr.kind === 'year-range' && expr.calendar === 'jalali') return expr;
  return { ...expr, academic: undefined };
}

/** «2025م», «۲۵۳۵ شاهنشاهی», «۱۴۰۳-۱۴۰۷»: a year with its era, or a hyphenated year range. */
export function parseBareYear(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  if (!isNum(ts, i)) return undefined;
  const era = readEra(env, i + 1);
  if (!era && !isPunct(ts, i + 1, '-–')) return undefined;
  if (isPunct(ts, i - 1, '/-.') && glued(ts, i)) return undefined; // the tail of «1400/13/30 ه.ش»
  if (era?.era === 'bc' && !isGroupedOrDecimal(env, i)) return { kind: 'year', t0: i, t1: era.next, calendar: 'gregorian', a: {}, blocked: true };
  const withEra = readYear(env, i, false);
  if (withEra) return yearExpr(env, i, withEra, readSecondYear(env, withEra.next, withEra, false), false);
  if (digitCount(ts, i) !== 4 || !isPunct(ts, i + 1, '-–')) return undefined;
  const first = readYear(env, i, true);
  const second = first && glued(ts, i + 1) === glued(ts, i + 2) ? readSecondYear(env, i + 1, first, false) : undefined;
  return first && second ? yearExpr(env, i, first, second, false) : undefined;
}

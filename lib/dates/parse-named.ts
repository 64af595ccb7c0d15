/**
 * Dates written with a month name: «۱۲ آذر ۱۴۰۳», «دوازدهم آذر», «14مهر92»,
 * «19 و 20 مهر 1400», «من 19 إلى 20 أيلول 2022», «۱۴۰۳ دی ۲۷» (the order ICU emits),
 * «دی ۱۴۰۳», «في يوليو», «سبتمبر (ايلول) المقبل», «5 يونيو الماضي», «العاشر من أكتوبر».
 */
import type { Expr, Env, Parts } from './model';
import { isGroupedOrDecimal, readDay, type Read } from './numbers';
import { monthAt, readMonth, readYearAfter, unitAt, type MonthLexeme, type YearRead } from './readers';
import { after, digitCount, isNum, isPunct, isWord, lex, sameLine } from './tokens';

function yearParts(y: YearRead | undefined): Parts {
  if (!y) return {};
  return { y: y.y, yearOffset: y.yearOffset, twoDigitYear: y.twoDigitYear };
}

/** Month names that are everyday words need a year too, or a day and a year (§2.6 trap 3). */
function strongEnough(env: Env, month: MonthLexeme, hasDay: boolean, year: YearRead | undefined): boolean {
  const hasYear = year?.y !== undefined && !year.twoDigitYear;
  if (month.strength === 'dayYear') return hasDay && (hasYear || year?.twoDigitYear === true);
  if (month.calendar === 'jalali' && env.lang === 'ar') return hasDay && hasYear;
  return hasDay || year !== undefined;
}

/** «و», «تا», «الی», «-», «إلى», «حتى» between two day numbers. */
export function readDayConnector(env: Env, i: number): number | undefined {
  const { ts } = env;
  if (!sameLine(ts, i)) return undefined;
  if (isPunct(ts, i, '-–')) return i + 1;
  if (lex(ts, i, 'range') || lex(ts, i, 'and')) return after(ts, i);
  return undefined;
}

/** A second day number before the month: the «20» of «19 و 20 مهر». */
function readSecondDay(env: Env, i: number): Read<number> | undefined {
  const conn = readDayConnector(env, i);
  if (conn === undefined || !sameLine(env.ts, conn)) return undefined;
  const d2 = readDay(env, conn);
  return d2 && readMonth(env, skipMin(env, d2.next)) ? d2 : undefined;
}

/** «15 من شهر رمضان», «العاشر من أكتوبر»: Arabic puts «من» between the day and the month. */
function skipMin(env: Env, i: number): number {
  return env.lang !== 'fa' && isWord(env.ts, i, 'من') && sameLine(env.ts, i + 1) ? i + 1 : i;
}

/** «5 يونيو الماضي», «12 أغسطس الجاري», «۱۲ آذر گذشته»: which occurrence of a yearless date. */
function readDirection(env: Env, i: number): { dir: -1 | 0 | 1; next: number } | undefined {
  const dir = sameLine(env.ts, i) ? lex(env.ts, i, 'dir') : undefined;
  return dir && !unitAt(env, i + 1) ? { dir: dir.dir, next: i + 1 } : undefined;
}

/** Day (or day range) + month + optional year, starting at token i. */
export function parseDayMonth(env: Env, i: number): Expr | undefined {
  const d1 = readDay(env, i);
  if (!d1 || !sameLine(env.ts, d1.next)) return undefined;
  const d2 = readSecondDay(env, d1.next);
  const month = readMonth(env, skipMin(env, d2 ? d2.next : d1.next));
  if (!month) return undefined;
  const year = readYearAfter(env, month.next, month.value.calendar, true);
  if (!strongEnough(env, month.value, true, year?.value)) return undefined;
  const dir = year ? undefined : readDirection(env, month.next);
  const shared = { m: month.value.month, ...yearParts(year?.value), ...(dir?.dir === 0 ? { yearOffset: 0 } : {}) };
  const t1 = year ? year.next : dir ? dir.next : month.next;
  const monthDir = dir && dir.dir !== 0 ? dir.dir : undefined;
  const base = { t0: i, t1, calendar: month.value.calendar, monthDir };
  if (d2 && d2.value > d1.value) return { ...base, kind: 'range', a: { ...shared, d: d1.value }, b: { ...shared, d: d2.value } };
  if (d2) return undefined;
  return { ...base, kind: 'date', a: { ...shared, d: d1.value } };
}

/** «۱۴۰۳ دی ۲۷»: year, month, day, the order CLDR 48 uses for Persian. */
export function parseYearMonthDay(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  if (!isNum(ts, i) || digitCount(ts, i) !== 4 || isGroupedOrDecimal(env, i) || !sameLine(ts, i + 1)) return undefined;
  const month = readMonth(env, i + 1);
  if (!month || !isNum(ts, month.next) || !sameLine(ts, month.next)) return undefined;
  const day = readDay(env, month.next);
  if (!day || (isNum(ts, day.next) && sameLine(ts, day.next))) return undefined;
  return { kind: 'date', t0: i, t1: day.next, calendar: month.value.calendar, a: { y: ts.value[i]!, m: month.value.month, d: day.value } };
}

/** «دی ۱۴۰۳», «رمضان ۱۴۴۵», «يوليو 2014», «مهر ماه امسال»: a month with its year. */
export function parseMonthYear(env: Env, i: number): Expr | undefined {
  const month = readMonth(env, i);
  if (!month) return undefined;
  const year = readYearAfter(env, month.next, month.value.calendar, false);
  if (!year || !strongEnough(env, month.value, false, year.value)) return undefined;
  return { kind: 'month', t0: i, t1: year.next, calendar: month.value.calendar, a: { m: month.value.month, ...yearParts(year.value) } };
}

/**
 * Arabic months on their own: «في يوليو», «منذ مارس», «سبتمبر (ايلول) المقبل».
 * Only strong names (not «نيسان», «آب»), and only in Arabic text, where the
 * publication date supplies the year.
 */
export function parseCuedMonth(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  if (env.lang === 'fa') return undefined;
  const cue = lex(ts, i, 'monthCue') !== undefined;
  const start = cue ? after(ts, i) : i;
  if (cue && !sameLine(ts, start)) return undefined;
  const month = readMonth(env, start);
  if (!month || month.value.strength !== 'strong' || month.value.lang === 'fa' || !monthAt(env, start)) return undefined;
  if (month.value.calendar === 'jalali') return undefined;
  const year = readYearAfter(env, month.next, month.value.calendar, false);
  if (year) return cue ? { ...parseMonthYear(env, start)!, t0: start } : undefined;
  const dir = sameLine(ts, month.next) ? lex(ts, month.next, 'dir') : undefined;
  if (!cue && !dir) return undefined;
  if (isNum(ts, month.next) && sameLine(ts, month.next)) return undefined;
  const monthDir = dir && dir.dir !== 0 ? dir.dir : undefined;
  const t1 = dir ? month.next + 1 : month.next;
  return { kind: 'month', t0: i, t1, calendar: month.value.calendar, a: { m: month.value.month, yearOffset: dir?.dir === 0 ? 0 : undefined }, monthDir };
}

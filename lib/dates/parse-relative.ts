/**
 * Dates relative to the publication date (dates.md §2.3): «امروز (چهارشنبه)»,
 * «دیروز», «يوم بعد غدٍ الأربعاء», «روز یکشنبه», «دوشنبه گذشته», «شامگاه جمعه»,
 * «هفته گذشته», «سال آینده میلادی», «اوایل سال آینده», «العام المقبل», «۳ روز پیش»,
 * «منذ ثلاثة أيام». A weekday alone is never a date («دوشنبه» is also Dushanbe): it
 * needs «روز»/«يوم», a part of the day, or a direction word.
 */
import type { PeriodPart } from './lexicon-data';
import type { Calendar, Env, Expr, Relative } from './model';
import { readCount } from './numbers';
import { isThis, unitAt } from './readers';
import { tenseAfter } from './tense';
import { GROUPS, type LexKind } from './lexicon';
import { after, isNum, isPunct, isWord, lex, NUM, sameLine, WORD, type TokenStream } from './tokens';

/** «اليوم» followed by these is «the day» («اليوم الوطني»), not today. */
const NOT_TODAY_AFTER = ['الوطنی', 'العالمی', 'الدولی', 'الاول', 'التالی', 'الثانی', 'الاخیر', 'نفسه', 'ذاته', 'السابق', 'الموعود', 'الذی', 'التی'];

function relExpr(t0: number, t1: number, relative: Relative, calendar: Calendar, weekday?: number): Expr {
  return { kind: 'relative', t0, t1, calendar, a: {}, relative, weekday };
}

/** A weekday at i, bare or in parentheses: «(چهارشنبه)», «الثلاثاء». */
function readWeekday(env: Env, i: number): { weekday: number; next: number } | undefined {
  const { ts } = env;
  if (!sameLine(ts, i)) return undefined;
  const paren = isPunct(ts, i, '(');
  const j = paren ? i + 1 : i;
  const w = lex(ts, j, 'weekday');
  if (!w) return undefined;
  const next = after(ts, j);
  if (paren) return isPunct(ts, next, ')') ? { weekday: w.weekday, next: next + 1 } : undefined;
  return { weekday: w.weekday, next };
}

/** The default calendar for years and months in this language: Jalali in Persian, Gregorian in Arabic. */
function periodCalendar(env: Env, i: number): { calendar: Calendar; next: number } {
  const { ts } = env;
  if (isWord(ts, i, 'میلادی') && sameLine(ts, i)) return { calendar: 'gregorian', next: i + 1 };
  if (isWord(ts, i, 'شمسی', 'خورشیدی') && sameLine(ts, i)) return { calendar: 'jalali', next: i + 1 };
  if (isWord(ts, i, 'قمری', 'هجری') && sameLine(ts, i)) return { calendar: 'hijri', next: i + 1 };
  return { calendar: env.lang === 'ar' ? 'gregorian' : 'jalali', next: i };
}

const countBefore = (env: Env, i: number) => isNum(env.ts, i - 1) || lex(env.ts, i - 1, 'cardinal') !== undefined;

/** «امروز (چهارشنبه)», «دیروز», «يوم بعد غد الأربعاء», «أمس». */
function parseRelativeDay(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  const dayWord = isWord(ts, i, 'روز', 'یوم') && lex(ts, i + 1, 'relDay') && sameLine(ts, i + 1);
  const j = dayWord ? i + 1 : i;
  const rel = lex(ts, j, 'relDay');
  if (!rel || countBefore(env, i)) return undefined;
  const next = after(ts, j);
  if (rel.offset === 0 && isWord(ts, next, ...NOT_TODAY_AFTER)) return undefined;
  const weekday = readWeekday(env, next);
  return relExpr(i, weekday ? weekday.next : next, { type: 'day', offset: rel.offset }, 'gregorian', weekday?.weekday);
}

/** «هفته گذشته», «این هفته», «روز سه‌شنبه هفته گذشته»: which week, if said. */
function readWeek(env: Env, i: number): { offset: number; next: number } | undefined {
  const { ts } = env;
  if (!sameLine(ts, i)) return undefined;
  if (isThis(env, i) && unitAt(env, i + 1)?.unit === 'week') return { offset: 0, next: i + 2 };
  if (unitAt(env, i)?.unit !== 'week') return undefined;
  const dir = lex(ts, i + 1, 'dir');
  return dir && sameLine(ts, i + 1) ? { offset: dir.dir, next: i + 2 } : undefined;
}

/** «نماز جمعه», «راهپیمایی جمعه», «دوشنبه بازار»: the weekday at w names something. */
function partOfName(env: Env, w: number): boolean {
  const { ts } = env;
  const before = sameLine(ts, w) ? lex(ts, w - 1, 'weekdayName') : undefined;
  const next = after(ts, w);
  const behind = sameLine(ts, next) ? lex(ts, next, 'weekdayName') : undefined;
  return before?.side === 'before' || behind?.side === 'after';
}

/** «روز یکشنبه», «دوشنبه گذشته», «شامگاه جمعه», «پنجشنبه‌شب», «يوم الأحد المقبل». */
function parseWeekdayPhrase(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  let j = i;
  const todBefore = lex(ts, j, 'tod') !== undefined && sameLine(ts, j + 1);
  if (todBefore) j = after(ts, j);
  const dayWord = isWord(ts, j, 'روز', 'یوم') && sameLine(ts, j + 1);
  if (dayWord) j++;
  const w = lex(ts, j, 'weekday');
  if (!w || partOfName(env, j)) return undefined;
  let next = after(ts, j);
  const todAfter = lex(ts, next, 'tod') !== undefined && sameLine(ts, next);
  if (todAfter) next = after(ts, next);
  const week = readWeek(env, next);
  const dir = !week && sameLine(ts, next) ? lex(ts, next, 'dir') : undefined;
  if (!todBefore && !dayWord && !todAfter && !w.night && !week && !dir) return undefined;
  const t1 = week ? week.next : dir ? next + 1 : next;
  let relative: Relative;
  if (week) relative = { type: 'weekday', weekday: w.weekday, when: 'week', weekOffset: week.offset };
  else if (dir) relative = { type: 'weekday', weekday: w.weekday, when: dir.dir < 0 ? 'past' : dir.dir > 0 ? 'future' : 'week', weekOffset: 0 };
  else {
    const tense = tenseAfter(env, t1 - 1);
    const when = tense === 'past' ? 'onOrBefore' : tense === 'future' ? 'onOrAfter' : 'nearest';
    relative = { type: 'weekday', weekday: w.weekday, when };
  }
  return relExpr(i, t1, relative, 'gregorian');
}

/** «هفته گذشته», «سال آینده میلادی», «امسال», «این ماه», «العام المقبل», «اوایل سال آینده». */
function parsePeriod(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  const part = lex(ts, i, 'part');
  const j = part && sameLine(ts, i + 1) ? after(ts, i) : i;
  if (countBefore(env, j)) return undefined;
  let offset: number | undefined;
  let unit: 'week' | 'month' | 'year' | undefined;
  let next = j;
  const relYear = lex(ts, j, 'relYear');
  const thisWord = isThis(env, j);
  const unitLex = unitAt(env, thisWord ? j + 1 : j);
  if (relYear) [offset, unit, next] = [relYear.offset, 'year', after(ts, j)];
  else if (unitLex && unitLex.unit !== 'day' && unitLex.count === undefined && (!thisWord || sameLine(ts, j + 1))) {
    const dir = thisWord ? { dir: 0 as const } : lex(ts, j + 1, 'dir');
    if (!dir || (!thisWord && !sameLine(ts, j + 1))) return undefined;
    [offset, unit, next] = [dir.dir, unitLex.unit, j + 2];
  }
  if (offset === undefined || unit === undefined) return undefined;
  const cal = unit === 'week' ? { calendar: 'gregorian' as Calendar, next } : periodCalendar(env, next);
  const p: PeriodPart | undefined = part?.part;
  return relExpr(part ? i : j, cal.next, { type: 'period', unit, offset, calendar: cal.calendar, part: p }, cal.calendar);
}

/** «۳ روز پیش», «دو هفته قبل», «منذ ثلاثة أيام», «قبل يومين», «بعد 3 أشهر». */
function parseAgo(env: Env, i: number): Expr | undefined {
  const { ts } = env;
  const arabicDir = lex(ts, i, 'ago') && env.lang !== 'fa' ? (isWord(ts, i, 'بعد') ? 1 : -1) : undefined;
  const from = arabicDir ? i + 1 : i;
  const dual = unitAt(env, from);
  const count = dual?.count !== undefined ? { value: dual.count, next: from } : readCount(env, from);
  if (!count || !sameLine(ts, count.next)) return undefined;
  const unit = unitAt(env, count.next);
  if (!unit) return undefined;
  let next = after(ts, count.next);
  let dir: -1 | 1 | undefined = arabicDir;
  if (!dir) {
    const d = lex(ts, next, 'dir');
    if (!d || d.dir === 0 || !sameLine(ts, next) || isWord(ts, next, 'گذشته', 'اتی', 'اینده')) return undefined;
    dir = d.dir;
    next++;
  }
  // «دو روز پیش از انتخابات» counts from the elections, not from the page.
  if (isWord(ts, next, 'از', 'من') && sameLine(ts, next)) return undefined;
  const calendar: Calendar = env.lang === 'ar' ? 'gregorian' : 'jalali';
  return relExpr(i, next, { type: 'ago', unit: unit.unit, count: count.value, dir, calendar }, calendar);
}

const STARTS: ReadonlySet<LexKind> = new Set<LexKind>(['relDay', 'relYear', 'weekday', 'tod', 'unit', 'this', 'part', 'cardinal', 'dir', 'ago']);
/** Lexicon groups a relative expression can start with, precomputed. */
const STARTS_GROUP = GROUPS.map((group) => group.some((l) => STARTS.has(l.kind)));

/** Cheap test before parseRelative: a trigger word, or a count followed by a word. */
export function mayStartRelative(ts: TokenStream, i: number): boolean {
  if (ts.kind[i] === NUM) return i + 1 < ts.n && ts.kind[i + 1] === WORD && ts.value[i + 1]! >= 0;
  return ts.kind[i] === WORD && ts.value[i]! >= 0 && STARTS_GROUP[ts.value[i]!] === true;
}

/** A relative expression starting at token i. */
export function parseRelative(env: Env, i: number): Expr | undefined {
  return parseRelativeDay(env, i) ?? parseWeekdayPhrase(env, i) ?? parsePeriod(env, i) ?? parseAgo(env, i);
}

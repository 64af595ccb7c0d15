/**
 * Readers for the pieces of a written date that several parsers share: a month
 * name with its fillers and second spelling («آذرماه», «ماه مبارک رمضان»,
 * «يناير/كانون الثاني», «يوليو (تموز)»), and the year after a month («۱۴۰۳», «سال
 * ۱۴۰۳ ه.ش», «۰۱», «سال جاری», «من العام الماضي»).
 */
import { plausibleYear } from './calendar-choice';
import type { LexemeOf } from './lexicon';
import type { Calendar, Env } from './model';
import { canBeShortYear, followedByUnitNoun, isGroupedOrDecimal, type Read } from './numbers';
import { readEra } from './parse-era';
import { after, digitCount, glued, isNum, isPunct, isWord, lex, lexAll, sameLine, WORD } from './tokens';

export type MonthLexeme = LexemeOf<'month'>;

const inLanguage = (env: Env, lang: 'fa' | 'ar' | 'any') => lang === 'any' || env.lang === 'other' || lang === env.lang;

/** A unit word of the text's language at token i («ماه» in Persian, «شهر» in Arabic). */
export function unitAt(env: Env, i: number): LexemeOf<'unit'> | undefined {
  return lexAll(env.ts, i, 'unit').find((u) => inLanguage(env, u.lang));
}

/** «این» in Persian, «هذا»/«هذه» in Arabic. */
export function isThis(env: Env, i: number): boolean {
  const t = lex(env.ts, i, 'this');
  return t !== undefined && inLanguage(env, t.lang);
}

/** Whether a month name may be read in this language (§2.6 traps 1–2). */
function usable(env: Env, i: number, month: MonthLexeme): boolean {
  if (env.lang !== 'other' && month.lang !== 'any' && month.lang !== env.lang) return false;
  if (!month.levantineAb) return true;
  // «آب» is August only with its madda; «أب»/«اب» is «father».
  const { ts } = env;
  return env.original.slice(env.map[ts.start[i]!], env.map[ts.end[i]! - 1]! + 1).includes('آ');
}

/** The month name at token i (no fillers), if it may be read here. */
export function monthAt(env: Env, i: number): MonthLexeme | undefined {
  return lexAll(env.ts, i, 'month').find((m) => usable(env, i, m));
}

/** A second name for the same month: «/كانون الثاني» or «(تموز)». */
function readAltName(env: Env, i: number, month: MonthLexeme): number {
  const { ts } = env;
  if (isPunct(ts, i, '/') && sameLine(ts, i + 1)) {
    const alt = monthAt(env, i + 1);
    if (alt && alt.calendar === month.calendar && alt.month === month.month) return after(ts, i + 1);
  }
  if (isPunct(ts, i, '(') && sameLine(ts, i + 1)) {
    const alt = monthAt(env, i + 1);
    const close = alt ? after(ts, i + 1) : -1;
    if (alt && alt.calendar === month.calendar && alt.month === month.month && isPunct(ts, close, ')')) return close + 1;
  }
  return i;
}

/**
 * A month at token i, after optional «ماه [مبارک]» and with its fillers and second
 * name. After «ماه»/«شهر» even a name that is also a common word is a month («ماه مه»).
 */
export function readMonth(env: Env, i: number): Read<MonthLexeme> | undefined {
  const { ts } = env;
  let j = i;
  if (unitAt(env, j)?.unit === 'month' && !monthAt(env, j)) {
    j++;
    if (isWord(ts, j, 'مبارک', 'المبارک')) j++;
  }
  if (j > i && !sameLine(ts, j)) return undefined;
  const found = monthAt(env, j);
  if (!found) return undefined;
  const month: MonthLexeme = j > i && found.strength !== 'strong' ? { ...found, strength: 'strong' } : found;
  let next = after(ts, j);
  if (!month.mah && isWord(ts, next, 'ماه') && sameLine(ts, next)) next++;
  next = readAltName(env, next, month);
  return { value: month, next };
}

export interface YearRead {
  y?: number;
  yearOffset?: number;
  twoDigitYear?: boolean;
  /** The era suffix, when one was read. */
  era?: Calendar | 'imperial';
}

/** A relative year: «سال جاری», «امسال», «سال گذشته», «العام الماضي», «هذا العام». */
function readRelativeYear(env: Env, i: number): Read<number> | undefined {
  const { ts } = env;
  const rel = lex(ts, i, 'relYear');
  if (rel) return { value: rel.offset, next: after(ts, i) };
  if (isThis(env, i) && unitAt(env, i + 1)?.unit === 'year') return { value: 0, next: i + 2 };
  if (unitAt(env, i)?.unit !== 'year') return undefined;
  const dir = lex(ts, i + 1, 'dir');
  return dir && sameLine(ts, i + 1) ? { value: dir.dir, next: i + 2 } : undefined;
}

/**
 * The year after a month (or after a day and month), for `calendar`. `short` allows
 * a two-digit year. Returns undefined when no year is written there.
 */
export function readYearAfter(env: Env, i: number, calendar: Calendar, short: boolean): Read<YearRead> | undefined {
  const { ts } = env;
  let j = i;
  const punct = isPunct(ts, j, ',/') && sameLine(ts, j) && sameLine(ts, j + 1);
  if (punct) j++;
  if (isWord(ts, j, 'من') && sameLine(ts, j + 1)) j++;
  const rel = readRelativeYear(env, j);
  if (rel) return { value: { yearOffset: rel.value }, next: rel.next };
  const cue = isWord(ts, j, 'سال', 'عام', 'العام', 'سنه');
  if (cue) j++;
  if (!isNum(ts, j) || !sameLine(ts, j) || isGroupedOrDecimal(env, j) || followedByUnitNoun(env, j + 1)) return undefined;
  if (isPunct(ts, j + 1, ':') || (isPunct(ts, j + 1, '/.-') && glued(ts, j + 1) && isNum(ts, j + 2))) return undefined;
  const digits = digitCount(ts, j);
  const v = ts.value[j]!;
  const era = readEra(env, j + 1);
  const eraCalendar = era && era.era !== 'bc' ? era.era : undefined;
  const fits = eraCalendar === calendar || (eraCalendar === 'imperial' && calendar === 'jalali');
  const next = fits ? era!.next : j + 1;
  if (era?.era === 'bc') return undefined;
  // A year with its era is absolute whatever its length («سال ۶۱ هجری»).
  if ((digits === 4 || (fits && digits <= 3)) && plausibleYear(v, calendar, digits === 4)) {
    const y = eraCalendar === 'imperial' && fits ? v - 1180 : v;
    return { value: { y, era: fits ? eraCalendar : undefined }, next };
  }
  if (digits === 2 && short && !punct && (cue || canBeShortYear(env, j))) {
    return { value: { y: v, twoDigitYear: true }, next: j + 1 };
  }
  return undefined;
}

/** A word right before token i (on the same line), if it is one. */
export function wordBefore(env: Env, i: number): number {
  const { ts } = env;
  return i > 0 && ts.kind[i - 1] === WORD && sameLine(ts, i) ? i - 1 : -1;
}

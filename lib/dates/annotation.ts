/**
 * Resolved expressions → the output contract (lib/types.ts DateAnnotation): offsets
 * back in the original text, and the value in all three calendars. A value is a day
 * 'YYYY-MM-DD' (with …End for spans); a whole month or year keeps its own precision
 * in the calendar it was written in ('1403-10', '2025').
 */
import { originalSpan, type Folded } from '../text/fold';
import type { DateAnnotation } from '../types';
import { fromJdn } from './calendars';
import { isoOf } from './day-number';
import type { Calendar, Env, Expr } from './model';
import type { Resolution } from './period-part';

const CALENDARS: readonly Calendar[] = ['gregorian', 'jalali', 'hijri'];

function valueIn(r: Resolution, calendar: Calendar): [string, string | undefined] {
  if (r.label && r.label.calendar === calendar) return [isoOf(r.label.y, r.label.m, r.label.d), undefined];
  const from = fromJdn(calendar, r.from);
  const start = isoOf(from.y, from.m, from.d);
  if (r.to === r.from) return [start, undefined];
  const to = fromJdn(calendar, r.to);
  return [start, isoOf(to.y, to.m, to.d)];
}

/** The values of a resolution in every calendar, as DateAnnotation fields. */
export function values(r: Resolution): Pick<DateAnnotation, 'gregorian' | 'gregorianEnd' | 'jalali' | 'jalaliEnd' | 'hijri' | 'hijriEnd'> {
  const out: Record<string, string> = {};
  for (const calendar of CALENDARS) {
    const [value, end] = valueIn(r, calendar);
    out[calendar] = value;
    if (end !== undefined) out[`${calendar}End`] = end;
  }
  return out as unknown as ReturnType<typeof values>;
}

/** The span of tokens [t0, t1) in the original text. */
function spanOf(env: Env, folded: Folded, e: Expr): [number, number] {
  const { ts } = env;
  return originalSpan(env.original, folded, ts.start[e.t0]!, ts.end[e.t1 - 1]!);
}

/** One annotation for an expression and its resolution (pairWith is filled in by the caller). */
export function toAnnotation(env: Env, folded: Folded, e: Expr, r: Resolution): DateAnnotation {
  const [start, end] = spanOf(env, folded, e);
  const relative = e.kind === 'relative';
  const annotation: DateAnnotation = {
    start, end, text: env.original.slice(start, end),
    calendar: relative ? 'relative' : e.calendar,
    ...values(r),
    kind: r.kind,
  };
  if (r.approximate) annotation.approximate = true;
  if (r.weekdayCheck) annotation.weekdayCheck = r.weekdayCheck;
  if (r.weekdayStated !== undefined) annotation.weekdayStated = r.weekdayStated;
  if (e.time) annotation.time = e.time;
  if (r.inferred) annotation.inferred = true;
  if (relative && isDeictic(e)) annotation.deictic = true;
  if (r.weekdayCheck === 'mismatch') annotation.confidence = 'low';
  else if (e.ambiguous) annotation.confidence = 'medium';
  if (e.imperial) annotation.era = 'imperial';
  return annotation;
}

/** A relative expression that states no weekday: «امروز», «سال گذشته». */
function isDeictic(e: Expr): boolean {
  return e.relative?.type !== 'weekday' && e.weekday === undefined;
}

/**
 * What a resolved expression is (a span of day numbers with its kind), and the
 * narrowing of a month or year to the part of it a text names: «ابتدای مهر» is the
 * 1st, «اوایل» the first ten days (or first four months), «اواسط» the middle ten,
 * «اواخر» the rest, «پایان» the last day.
 */
import { monthSpan } from './calendars';
import type { PeriodPart } from './lexicon-data';
import type { Calendar } from './model';

export type ResolvedKind = 'date' | 'range' | 'month' | 'year' | 'year-range';

export interface Resolution {
  kind: ResolvedKind;
  from: number;
  to: number;
  /**
   * The value in the written calendar when it differs from the computed one: a month or
   * year ('1403-10', '2025'), or a Hijri «۳۰ رمضان» in a month Umm al-Qura gives 29 days.
   */
  label?: { calendar: Calendar; y: number; m?: number; d?: number };
  inferred: boolean;
  approximate: boolean;
  weekdayCheck?: 'ok' | 'mismatch';
  weekdayStated?: number;
}

/** The part of [from, to] meant by «ابتدای», «اوایل», «اواسط», «اواخر», «پایان». */
export function partOf(span: [number, number], part: PeriodPart, unit: 'month' | 'year', calendar: Calendar, y: number): [number, number] {
  const [from, to] = span;
  if (part === 'start') return [from, from];
  if (part === 'end') return [to, to];
  if (unit === 'month') return part === 'early' ? [from, from + 9] : part === 'mid' ? [from + 10, from + 19] : [from + 20, to];
  const months = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return [monthSpan(calendar, y, months[0]!)![0], monthSpan(calendar, y, months[1]!)![1]];
}

/** Kind and label of a span that may have been narrowed to a part. */
export function spanResult(span: [number, number], part: PeriodPart | undefined, whole: Resolution['kind'], label: Resolution['label']): Pick<Resolution, 'kind' | 'from' | 'to' | 'label'> {
  if (part === undefined) return { kind: whole, from: span[0], to: span[1], label };
  return { kind: span[0] === span[1] ? 'date' : 'range', from: span[0], to: span[1] };
}


/**
 * Whether a Persian clause speaks of the past or the future, from its verb: «روز
 * یکشنبه گفت» is the Sunday before the publication date, «روز یکشنبه … خواهد شد»
 * the Sunday after. Looks only up to the end of the sentence. Arabic is left to the
 * nearest day (its future prefix «سـ» is glued to too many other words).
 */
import type { Env } from './model';
import { PUNCT, WORD } from './tokens';

const PAST = new Set([
  'کرد', 'کردند', 'شد', 'شدند', 'گفت', 'گفتند', 'داد', 'دادند', 'داشت', 'داشتند', 'بود', 'بودند', 'رفت', 'رفتند',
  'آمد', 'امد', 'آمدند', 'امدند', 'افزود', 'نوشت', 'دید', 'زد', 'گرفت', 'گرفتند', 'رسید', 'رسیدند', 'پرداخت', 'کرده', 'شده',
  'گفته', 'داده', 'نمود', 'نمودند', 'کشت', 'یافت', 'گذاشت', 'ساخت', 'خواند', 'کردیم', 'شدیم', 'کردم', 'گفتم', 'بودیم',
]);
const SENTENCE_END = '.!?:;';
const LOOKAHEAD = 20;

export type Tense = 'past' | 'future' | 'unknown';

/** The tense of the clause that follows token i. */
export function tenseAfter(env: Env, i: number): Tense {
  const { ts } = env;
  if (env.lang === 'ar') return 'unknown';
  for (let j = i + 1; j < ts.n && j <= i + LOOKAHEAD; j++) {
    if (ts.gap[j] === 2) break;
    if (ts.kind[j] === PUNCT && SENTENCE_END.includes(ts.text[ts.start[j]!]!)) break;
    if (ts.kind[j] !== WORD) continue;
    const w = ts.text.slice(ts.start[j]!, ts.end[j]!);
    if (w.startsWith('خواه') || w.startsWith('نخواه')) return 'future';
    if (PAST.has(w)) return 'past';
  }
  return 'unknown';
}

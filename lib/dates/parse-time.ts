/**
 * Times of day: «۱۸:۲۳», «۶:۲۳ ب.ظ», «6:23 م», «ساعت ۱۸ و ۲۳ دقیقه», «الساعة 10
 * صباحا». A time is never a date on its own (an SPA filing time «18:12 ت م» is not
 * annotated); refine-time.ts attaches one to the date right before it.
 */
import type { Env } from './model';
import type { Read } from './numbers';
import { digitCount, glued, isNum, isPunct, isWord, sameLine } from './tokens';

const PM = ['بعدازظهر', 'عصر', 'شب', 'مساء', 'مساءا', 'م', 'pm'];
const AM = ['صبح', 'بامداد', 'صباحا', 'صباح', 'ص', 'am', 'فجرا'];

/** «ب.ظ» / «ق.ظ» / a word after the time that says AM or PM. */
function readMeridiem(env: Env, i: number): Read<'am' | 'pm'> | undefined {
  const { ts } = env;
  if (!sameLine(ts, i)) return undefined;
  if (isWord(ts, i, 'ب', 'ق') && isPunct(ts, i + 1, '.') && isWord(ts, i + 2, 'ظ')) {
    const next = isPunct(ts, i + 3, '.') ? i + 4 : i + 3;
    return { value: isWord(ts, i, 'ب') ? 'pm' : 'am', next };
  }
  if (isWord(ts, i, 'بعد') && isWord(ts, i + 1, 'از') && isWord(ts, i + 2, 'ظهر')) return { value: 'pm', next: i + 3 };
  const w = ts.text.slice(ts.start[i]!, ts.end[i]!).toLowerCase();
  if (PM.includes(w)) return { value: 'pm', next: i + 1 };
  if (AM.includes(w)) return { value: 'am', next: i + 1 };
  return undefined;
}

function hhmm(h: number, m: number, meridiem: 'am' | 'pm' | undefined): string | undefined {
  let hour = h;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || m > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** «18:23», «18:23:05», with an optional AM/PM word. */
function readClock(env: Env, i: number): Read<string> | undefined {
  const { ts } = env;
  if (!isNum(ts, i) || digitCount(ts, i) > 2 || !isPunct(ts, i + 1, ':') || !glued(ts, i + 1)) return undefined;
  if (!isNum(ts, i + 2) || !glued(ts, i + 2) || digitCount(ts, i + 2) !== 2) return undefined;
  let next = i + 3;
  if (isPunct(ts, next, ':') && glued(ts, next) && isNum(ts, next + 1) && digitCount(ts, next + 1) === 2) next += 2;
  const meridiem = readMeridiem(env, next);
  const value = hhmm(ts.value[i]!, ts.value[i + 2]!, meridiem?.value);
  return value ? { value, next: meridiem ? meridiem.next : next } : undefined;
}

/** «ساعت ۱۸ و ۲۳ دقیقه», «ساعت ۱۰ صبح», «الساعة 10 صباحا» (after the word for hour). */
function readSpokenTime(env: Env, i: number): Read<string> | undefined {
  const { ts } = env;
  if (!isNum(ts, i) || digitCount(ts, i) > 2) return undefined;
  const h = ts.value[i]!;
  let minutes = 0;
  let next = i + 1;
  if (isWord(ts, next, 'و') && isNum(ts, next + 1) && isWord(ts, next + 2, 'دقیقه')) {
    minutes = ts.value[next + 1]!;
    next += 3;
  }
  const meridiem = readMeridiem(env, next);
  const value = hhmm(h, minutes, meridiem?.value);
  if (!value || h > 24) return undefined;
  return { value, next: meridiem ? meridiem.next : next };
}

/** A time at token i: a clock, or the word for «hour» and a spoken time. */
export function readTime(env: Env, i: number): Read<string> | undefined {
  const { ts } = env;
  const hourWord = isWord(ts, i, 'ساعت', 'الساعه', 'ساعه');
  const j = hourWord ? i + 1 : i;
  if (hourWord && !sameLine(ts, j)) return undefined;
  return readClock(env, j) ?? (hourWord ? readSpokenTime(env, j) : undefined);
}

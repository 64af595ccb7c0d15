/**
 * Every day from 1 Farvardin 1300 to 29 Esfand 1499 (30 Esfand of the leap years
 * included), written five ways, is read back as the day Intl's Persian calendar
 * (ca-persian, UTC) says it is. One detectDates call per Jalali year keeps it fast.
 */
import { describe, expect, it } from 'vitest';
import { detectDates } from '../../../lib/dates/detect';
import { officialLeapYears } from './reference';

const DAY_MS = 86_400_000;
const parts = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const names = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'UTC', month: 'long', weekday: 'long' });
const full = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'UTC', dateStyle: 'full' });

const pad = (n: number) => String(n).padStart(2, '0');
const digits = (s: string | number, zero: number) => String(s).replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
const persian = (s: string | number) => digits(s, 0x06f0);
const arabicIndic = (s: string | number) => digits(s, 0x0660);

interface Day {
  iso: string;
  jalali: string;
  y: number;
  forms: string[];
}

function dayAt(ms: number): Day {
  const p = Object.fromEntries(parts.formatToParts(ms).map((x) => [x.type, x.value]));
  const [y, m, d] = [Number(p.year), Number(p.month), Number(p.day)];
  const n = Object.fromEntries(names.formatToParts(ms).map((x) => [x.type, x.value]));
  const month = n.month!;
  const forms = [
    `${persian(d)} ${month} ${persian(y)}`,
    `${y}/${pad(m)}/${pad(d)}`,
    `${arabicIndic(d)} ${month} ${arabicIndic(y)}`,
    `${n.weekday} ${persian(d)} ${month}\u200cماه ${persian(y)}`,
    full.format(ms),
  ];
  return { iso: new Date(ms).toISOString().slice(0, 10), jalali: `${y}-${pad(m)}-${pad(d)}`, y, forms };
}

/** The days of each Jalali year 1300–1499, by Intl alone. */
function* years(): Generator<Day[]> {
  let ms = Date.UTC(1921, 2, 21); // 1 Farvardin 1300 (dates.md §1.6)
  let year: Day[] = [];
  for (;;) {
    const day = dayAt(ms);
    if (year.length > 0 && day.y !== year[0]!.y) {
      yield year;
      year = [];
    }
    if (day.y === 1500) return;
    year.push(day);
    ms += DAY_MS;
  }
}

describe('every day 1300–1499 AP against Intl ca-persian', () => {
  it('reads each day in five written forms', () => {
    let days = 0;
    let leapDays = 0;
    const problems: string[] = [];
    for (const year of years()) {
      const text = year.flatMap((d) => d.forms).join('\n');
      const found = detectDates(text, { lang: 'fa', published: year[0]!.iso });
      if (found.length !== year.length * 5) problems.push(`${year[0]!.y}: ${found.length} dates for ${year.length * 5} forms`);
      year.forEach((day, i) => {
        for (let f = 0; f < 5; f++) {
          const a = found[i * 5 + f];
          const ok = a && a.gregorian === day.iso && a.jalali === day.jalali && a.text === day.forms[f] && (f < 3 || a.weekdayCheck === 'ok');
          if (!ok && problems.length < 20) problems.push(`${day.forms[f]} → ${JSON.stringify(a)} (want ${day.iso})`);
        }
      });
      days += year.length;
      if (year.at(-1)!.jalali.endsWith('-12-30')) leapDays++;
    }
    const leapYears = [...officialLeapYears()].filter((y) => y >= 1300).length;
    expect(problems).toEqual([]);
    expect(leapDays).toBe(leapYears);
    expect(days).toBe(200 * 365 + leapYears);
  });
});

/**
 * Scores date detection on the dev corpus. A gold date (each of its mentions) is
 * found when a predicted date overlaps its offsets; its value is right when the
 * prediction's Gregorian value (or start/end) equals the gold iso, any «|»
 * alternative, within ±1 day for values that come through the Hijri calendar.
 *
 * Precision sets aside deictic predictions that overlap no gold date: bare relative
 * words («امروز», «اليوم», «سال گذشته») that the corpus convention leaves
 * unannotated (it marks a relative date only with a weekday, «امروز (چهارشنبه)»).
 * They are counted and listed, and `strictPrecision` counts them as false.
 */
import { annotateText } from '../../lib/annotate';
import type { DateAnnotation } from '../../lib/types';
import { prf, round, type GoldDoc } from './corpus';

interface Mention {
  doc: string;
  text: string;
  iso: string;
  calendar: string;
  start: number;
  end: number;
}

export interface DatesReport {
  goldMentions: number;
  predicted: number;
  found: number;
  recall: number;
  precision: number;
  strictPrecision: number;
  valueAccuracy: number;
  relative: { gold: number; found: number; recall: number; valueRight: number };
  trapHits: number;
  deicticUnscored: number;
  misses: { doc: string; text: string }[];
  wrongValues: { doc: string; text: string; gold: string; predicted: string }[];
  falsePositives: { doc: string; text: string; value: string }[];
  deictic: { doc: string; text: string; value: string }[];
  trapsHit: { doc: string; trap: string; text: string }[];
}

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;

/** The prediction's value in the gold notation: a day, a month, a year, or start/end. */
export function valueOf(a: DateAnnotation): string {
  return a.gregorianEnd ? `${a.gregorian}/${a.gregorianEnd}` : a.gregorian;
}

const DAY_MS = 86_400_000;
const dayOffset = (a: string, b: string) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);

function sameValue(predicted: string, gold: string, approximate: boolean): boolean {
  if (predicted === gold) return true;
  if (!approximate) return false;
  const p = predicted.split('/');
  const g = gold.split('/');
  return p.length === g.length && p.every((v, i) => v.length === 10 && g[i]!.length === 10 && Math.abs(dayOffset(v, g[i]!)) <= 1);
}

/** Whether the annotation's value matches the gold iso (any alternative). */
export function valueMatches(a: DateAnnotation, iso: string): boolean {
  return iso.split('|').some((alt) => sameValue(valueOf(a), alt, a.approximate === true));
}

/** Where a trap note's quoted text occurs in the document («"HH:MM ت م"» is a pattern). */
function trapSpans(doc: GoldDoc, trap: string): [number, number][] {
  const quoted = /"([^"]+)"/.exec(trap)?.[1];
  if (!quoted) return [];
  const pattern = quoted.includes('HH:MM')
    ? new RegExp(quoted.replace('HH:MM', '\\d{1,2}:\\d{2}'), 'g')
    : new RegExp(quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
  return [...doc.text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function mentionsOf(doc: GoldDoc): Mention[] {
  return doc.dates.flatMap((d) => d.offsets.map(([start, end]) => ({ doc: doc.id, text: d.text, iso: d.iso, calendar: d.calendar, start, end })));
}

function bestOverlap(predicted: DateAnnotation[], m: Mention): DateAnnotation | undefined {
  const hits = predicted.filter((p) => overlaps(p, m.start, m.end));
  return hits.find((p) => valueMatches(p, m.iso)) ?? hits[0];
}

/** Runs the whole annotation on each document and scores its dates. */
export function evaluateDates(docs: GoldDoc[]): DatesReport {
  const r = { gold: 0, predicted: 0, found: 0, right: 0, tp: 0, relGold: 0, relFound: 0, relRight: 0 };
  const report: Pick<DatesReport, 'misses' | 'wrongValues' | 'falsePositives' | 'deictic' | 'trapsHit'> = { misses: [], wrongValues: [], falsePositives: [], deictic: [], trapsHit: [] };
  for (const doc of docs) {
    const predicted = annotateText(doc.text, { published: doc.published.iso }).dates;
    const mentions = mentionsOf(doc);
    r.gold += mentions.length;
    r.predicted += predicted.length;
    for (const m of mentions) {
      const relative = m.calendar === 'relative';
      if (relative) r.relGold++;
      const p = bestOverlap(predicted, m);
      if (!p) {
        report.misses.push({ doc: doc.id, text: m.text });
        continue;
      }
      r.found++;
      if (relative) r.relFound++;
      if (valueMatches(p, m.iso)) {
        r.right++;
        if (relative) r.relRight++;
      } else report.wrongValues.push({ doc: doc.id, text: m.text, gold: m.iso, predicted: valueOf(p) });
    }
    for (const p of predicted) {
      const entry = { doc: doc.id, text: p.text, value: valueOf(p) };
      if (mentions.some((m) => overlaps(p, m.start, m.end))) r.tp++;
      else if (p.deictic) report.deictic.push(entry);
      else report.falsePositives.push(entry);
    }
    for (const trap of doc.traps ?? []) {
      for (const [s, e] of trapSpans(doc, trap)) {
        const hit = predicted.find((p) => overlaps(p, s, e));
        if (hit) report.trapsHit.push({ doc: doc.id, trap, text: hit.text });
      }
    }
  }
  const scored = r.predicted - report.deictic.length;
  const m = prf(r.tp, scored, r.gold);
  return {
    goldMentions: r.gold, predicted: r.predicted, found: r.found,
    recall: round(m.recall), precision: round(m.precision), strictPrecision: round(prf(r.tp, r.predicted, r.gold).precision),
    valueAccuracy: round(r.found === 0 ? 1 : r.right / r.found),
    relative: { gold: r.relGold, found: r.relFound, recall: round(r.relGold === 0 ? 1 : r.relFound / r.relGold), valueRight: r.relRight },
    trapHits: report.trapsHit.length, deicticUnscored: report.deictic.length,
    ...report,
  };
}

/** One-line summary and the details worth reading. */
export function formatDatesReport(d: DatesReport): string {
  const lines = [
    `dates: recall ${d.recall} (${d.found}/${d.goldMentions}); precision ${d.precision} (strict ${d.strictPrecision}, ${d.deicticUnscored} deictic set aside); value accuracy ${d.valueAccuracy}; relative recall ${d.relative.recall} (${d.relative.found}/${d.relative.gold}, ${d.relative.valueRight} right); trap hits ${d.trapHits}`,
  ];
  for (const x of d.misses) lines.push(`  missed  ${x.doc} «${x.text}»`);
  for (const x of d.wrongValues) lines.push(`  value   ${x.doc} «${x.text}» gold ${x.gold} got ${x.predicted}`);
  for (const x of d.falsePositives) lines.push(`  extra   ${x.doc} «${x.text}» ${x.value}`);
  for (const x of d.trapsHit) lines.push(`  TRAP    ${x.doc} «${x.text}» (${x.trap})`);
  return lines.join('\n');
}

/**
 * The date engine (dates.md §2.1, chrono's shape): fold → tokens with lexicon →
 * parsers (dates with digits or month names) → refiners (place names out, weekdays,
 * ranges, dual-calendar pairs, times) → relative expressions in what is left →
 * resolution to days → annotations in the original text's offsets.
 */
import { fold, type Folded } from '../text/fold';
import type { DateAnnotation } from '../types';
import { toAnnotation } from './annotation';
import { pageOf } from './calendars';
import { parseIsoDay, todayJdn } from './day-number';
import { dropNames } from './filters';
import type { Env, Expr } from './model';
import { parseCore } from './parse-core';
import { mayStartRelative, parseRelative } from './parse-relative';
import { resolve, type Resolution } from './resolve';
import { attachWeekdays } from './refine-weekday';
import { joinRanges } from './refine-range';
import { linkPairs } from './refine-pair';
import { attachTimes } from './refine-time';
import { isPunct, isWord, sameLine, tokenize } from './tokens';

/** Publication dates the engine accepts (1000-01-01 … 2199-12-31). */
const EARLIEST_PAGE = 2086303;
const LATEST_PAGE = 2524593;

export interface DateContext {
  /** Language of the text block: decides آذار/آذر, آب, default calendars. */
  lang: 'fa' | 'ar' | 'other';
  /** Publication date 'YYYY-MM-DD' (Gregorian), for yearless and relative dates; today when absent. */
  published?: string;
  /** The text already folded, when the caller has it. */
  folded?: Folded;
}

/** Adds relative expressions found in the tokens no other expression covers. */
function addRelative(env: Env, exprs: Expr[]): Expr[] {
  const out: Expr[] = [];
  let k = 0;
  for (let i = 0; i < env.ts.n; ) {
    const next = exprs[k];
    if (next && i >= next.t0) {
      out.push(next);
      i = next.t1;
      k++;
      continue;
    }
    const rel = mayStartRelative(env.ts, i) ? parseRelative(env, i) : undefined;
    if (rel && (!next || rel.t1 <= next.t0)) {
      out.push(rel);
      i = rel.t1;
    } else i++;
  }
  for (; k < exprs.length; k++) out.push(exprs[k]!);
  return out;
}

/** «14 تیر 1402 و 15 تیر»: the previous date, when only «و» or a comma stands between them. */
function listedAfter(env: Env, previous: Expr | undefined, e: Expr): boolean {
  if (!previous || previous.calendar !== e.calendar || previous.kind === 'relative') return false;
  const { ts } = env;
  for (let i = previous.t1; i < e.t0; i++) if (!isWord(ts, i, 'و') && !isPunct(ts, i, ',')) return false;
  return e.t0 - previous.t1 <= 2 && sameLine(ts, e.t0);
}

/**
 * Resolves every expression. A yearless date takes the occurrence nearest the date it
 * is listed with, or the other half of its pair, before falling back to the page.
 */
function resolveAll(env: Env, exprs: Expr[]): Map<Expr, Resolution> {
  const resolved = new Map<Expr, Resolution>();
  for (let k = 0; k < exprs.length; k++) {
    const e = exprs[k]!;
    if (e.blocked || resolved.has(e)) continue;
    let r = resolve(env, e);
    const previous = exprs[k - 1];
    const neighbour = previous && resolved.get(previous);
    if (r?.inferred && neighbour && !neighbour.inferred && listedAfter(env, previous, e)) r = resolve(env, e, neighbour.from) ?? r;
    if (r) resolved.set(e, r);
    const other = e.pair;
    if (!other) continue;
    const anchor = r && !r.inferred ? r.from : undefined;
    const ro = resolve(env, other, anchor);
    if (ro) resolved.set(other, ro);
    if (r?.inferred && ro && !ro.inferred) {
      const again = resolve(env, e, ro.from);
      if (again) resolved.set(e, again);
    }
  }
  return resolved;
}

/** Hijri halves agree within a day (Umm al-Qura vs the article's own reckoning). */
function agree(a: Expr, ra: Resolution, b: Expr, rb: Resolution): boolean {
  const slack = a.calendar === 'hijri' || b.calendar === 'hijri' ? 1 : 0;
  return Math.abs(ra.from - rb.from) <= slack && Math.abs(ra.to - rb.to) <= slack;
}

function annotateAll(env: Env, folded: Folded, exprs: Expr[], resolved: Map<Expr, Resolution>): DateAnnotation[] {
  const kept = exprs.filter((e) => resolved.has(e));
  const index = new Map(kept.map((e, i) => [e, i]));
  return kept.map((e) => {
    const r = resolved.get(e)!;
    const annotation = toAnnotation(env, folded, e, r);
    const other = e.pair && index.has(e.pair) ? e.pair : undefined;
    if (other) {
      annotation.pairWith = index.get(other)!;
      annotation.pairAgrees = agree(e, r, other, resolved.get(other)!);
    }
    return annotation;
  });
}

/** The publication date's day number; today when it is missing or outside 1000–2199. */
function publicationDay(published: string | undefined): number {
  const jdn = published === undefined ? undefined : parseIsoDay(published);
  const ok = jdn !== undefined && jdn >= EARLIEST_PAGE && jdn <= LATEST_PAGE;
  return ok ? jdn : todayJdn();
}

/** Finds the date expressions in `text`; offsets are UTF-16 code units into `text`. */
export function detectDates(text: string, ctx: DateContext): DateAnnotation[] {
  if (text.length === 0) return [];
  const folded = ctx.folded ?? fold(text);
  const env: Env = { ts: tokenize(folded.text), lang: ctx.lang, original: text, map: folded.map, page: pageOf(publicationDay(ctx.published)) };
  let exprs = dropNames(env, parseCore(env));
  attachWeekdays(env, exprs);
  exprs = joinRanges(env, exprs);
  linkPairs(env, exprs);
  attachTimes(env, exprs);
  exprs = addRelative(env, exprs);
  return annotateAll(env, folded, exprs, resolveAll(env, exprs));
}

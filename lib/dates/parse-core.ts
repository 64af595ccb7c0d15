/**
 * The first pass: walks the tokens once and, at each number or trigger word, keeps
 * the longest date any parser reads there. Relative expressions come later
 * (detect.ts), in what this pass leaves.
 */
import { GROUPS, type LexKind } from './lexicon';
import type { Env, Expr } from './model';
import { parseCuedMonth, parseDayMonth, parseMonthYear, parseYearMonthDay } from './parse-named';
import { parsePart } from './parse-period-part';
import { parseNumeric, parseNumericRange } from './parse-numeric';
import { parseBareYear, parseCuedYear } from './parse-year';
import { NUM, WORD } from './tokens';

type Parser = (env: Env, i: number) => Expr | undefined;

const AT_NUMBER: readonly Parser[] = [parseNumericRange, parseNumeric, parseDayMonth, parseYearMonthDay, parseBareYear];
const AT_WORD: readonly Parser[] = [parseDayMonth, parsePart, parseMonthYear, parseCuedYear, parseCuedMonth];

const TRIGGERS: ReadonlySet<LexKind> = new Set<LexKind>(['month', 'ordinal', 'ordinalAr', 'ordinalTens', 'part', 'yearCue', 'monthCue', 'unit']);
/** Lexicon groups that can start a date, precomputed so most words cost one array read. */
const TRIGGER_GROUP = GROUPS.map((group) => group.some((l) => TRIGGERS.has(l.kind)));

function longest(env: Env, i: number, parsers: readonly Parser[]): Expr | undefined {
  let best: Expr | undefined;
  for (const parse of parsers) {
    const e = parse(env, i);
    if (e && (!best || e.t1 > best.t1)) best = e;
  }
  return best;
}

/** Dates with digits or month names, sorted and non-overlapping. */
export function parseCore(env: Env): Expr[] {
  const { ts } = env;
  const out: Expr[] = [];
  for (let i = 0; i < ts.n; ) {
    const kind = ts.kind[i];
    let e: Expr | undefined;
    if (kind === NUM) e = longest(env, i, AT_NUMBER);
    else if (kind === WORD && ts.value[i]! >= 0 && TRIGGER_GROUP[ts.value[i]!]) e = longest(env, i, AT_WORD);
    if (e) {
      out.push(e);
      i = e.t1;
    } else i++;
  }
  return out;
}

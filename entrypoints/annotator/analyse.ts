import { detectDates } from '@/lib/dates/detect';
import { dedupeSpans, splitBlocks } from '@/lib/dom/blocks';
import type { MarkInput } from '@/lib/dom/marks';
import type { EntityMatcher } from '@/lib/entities/matcher';
import type { DateAnnotation, EntityAnnotation } from '@/lib/types';

export interface AnalysisContext {
  lang: 'fa' | 'ar';
  published?: string;
  matcher?: EntityMatcher;
}

export interface BlockResult {
  dates: DateAnnotation[];
  entities: EntityAnnotation[];
}

/** Finds dates and entities in one block and moves their offsets to the collected text's. */
export function analyseBlock(text: string, offset: number, ctx: AnalysisContext): BlockResult {
  const shift = <T extends { start: number; end: number }>(a: T): T => ({ ...a, start: a.start + offset, end: a.end + offset });
  const dates = detectDates(text, { lang: ctx.lang, published: ctx.published }).map(shift);
  const entities = ctx.matcher ? ctx.matcher.match(text, { lang: ctx.lang, published: ctx.published }).map(shift) : [];
  return { dates, entities };
}

export { splitBlocks };

/** Marks for the results of all blocks, without the duplicates that cut blocks overlap on. */
export function toMarkInputs(results: BlockResult[]): { dates: MarkInput[]; entities: MarkInput[] } {
  const dates = dedupeSpans(results.flatMap((r) => r.dates)).map((data): MarkInput => ({ kind: 'date', data }));
  const entities = dedupeSpans(results.flatMap((r) => r.entities)).map((data): MarkInput => ({ kind: 'entity', data }));
  return { dates, entities };
}

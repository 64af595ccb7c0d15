import { detectDates } from '@/lib/dates/detect';
import { dedupeSpans, splitBlocks, type TextBlock } from '@/lib/dom/blocks';
import type { MarkInput } from '@/lib/dom/marks';
import type { EntityMatcher } from '@/lib/entities/matcher';
import type { DateAnnotation, EntityAnnotation } from '@/lib/types';

export interface AnalysisContext {
  lang: 'fa' | 'ar';
  published?: string;
}

const shiftBy = (offset: number) => <T extends { start: number; end: number }>(a: T): T => ({ ...a, start: a.start + offset, end: a.end + offset });

/** The dates of one block, with offsets in the collected text. */
export function blockDates(b: TextBlock, ctx: AnalysisContext): DateAnnotation[] {
  return detectDates(b.text, { lang: ctx.lang, published: ctx.published }).map(shiftBy(b.start));
}

/** Up to this much text is matched in one piece, so that «عراقچی» in a later paragraph links to «عباس عراقچی» in the first. */
const ENTITY_CHUNK = 100_000;

/** Consecutive blocks joined into chunks of at most ENTITY_CHUNK characters (a longer block is its own chunk). */
export function entityChunks(text: string, blocks: readonly TextBlock[]): TextBlock[] {
  const chunks: TextBlock[] = [];
  let first: TextBlock | undefined;
  let last: TextBlock | undefined;
  const flush = () => {
    if (first && last) chunks.push({ start: first.start, text: text.slice(first.start, last.start + last.text.length) });
    first = last = undefined;
  };
  for (const b of blocks) {
    if (first && b.start + b.text.length - first.start > ENTITY_CHUNK) flush();
    first ??= b;
    last = b;
  }
  flush();
  return chunks;
}

export function chunkEntities(chunk: TextBlock, matcher: EntityMatcher, ctx: AnalysisContext): EntityAnnotation[] {
  return matcher.match(chunk.text, { lang: ctx.lang, published: ctx.published }).map(shiftBy(chunk.start));
}

export { splitBlocks };

/** Marks for all dates and entities, without the duplicates that cut blocks overlap on. */
export function toMarkInputs(dates: DateAnnotation[], entities: EntityAnnotation[]): MarkInput[] {
  return [
    ...dedupeSpans(dates).map((data): MarkInput => ({ kind: 'date', data })),
    ...dedupeSpans(entities).map((data): MarkInput => ({ kind: 'entity', data })),
  ];
}

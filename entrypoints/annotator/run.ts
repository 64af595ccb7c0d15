import { annotateText } from '@/lib/annotate';
import { collectText } from '@/lib/dom/collect-text';
import { spansToRanges } from '@/lib/dom/ranges';
import { request } from '@/utils/messaging';

export const HIGHLIGHT_DATE = 'negah-date';
export const HIGHLIGHT_ENTITY = 'negah-entity';

export async function runAnnotator(): Promise<void> {
  const collected = collectText(document.body);
  const result = annotateText(collected.text, {});
  const dateRanges = spansToRanges(collected, result.dates).filter((r): r is StaticRange => r !== null);
  const entityRanges = spansToRanges(collected, result.entities).filter((r): r is StaticRange => r !== null);
  CSS.highlights.set(HIGHLIGHT_DATE, new Highlight(...dateRanges));
  CSS.highlights.set(HIGHLIGHT_ENTITY, new Highlight(...entityRanges));
  await request('badge:set', { count: dateRanges.length + entityRanges.length, state: 'on' });
}

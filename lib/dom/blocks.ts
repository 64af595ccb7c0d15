/**
 * Splits collected page text into blocks (paragraphs) for annotation in slices,
 * cutting over-long paragraphs at spaces with an overlap so that a date or name
 * on a cut is still found whole by one of the two neighbours.
 */

export interface TextBlock {
  /** Offset of the block in the collected text. */
  start: number;
  text: string;
}

const MAX_BLOCK = 20_000;
const OVERLAP = 200;

export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const para of text.split('\n')) {
    if (para.trim().length > 0) blocks.push(...cutLong(para, start));
    start += para.length + 1;
  }
  return blocks;
}

function cutLong(text: string, offset: number): TextBlock[] {
  if (text.length <= MAX_BLOCK) return [{ start: offset, text }];
  const out: TextBlock[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_BLOCK);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_BLOCK / 2) to = space;
    }
    out.push({ start: offset + from, text: text.slice(from, to) });
    if (to >= text.length) break;
    from = Math.max(from + 1, to - OVERLAP);
  }
  return out;
}

/** Drops spans found twice in the overlap of two cut blocks, and overlapping spans (first wins). */
export function dedupeSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

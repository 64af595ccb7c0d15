import { locate, type CollectedText } from './collect-text';

export interface Span {
  start: number;
  end: number;
}

/**
 * StaticRanges over the page's own text nodes for spans of collected text.
 * StaticRange, not Range: it costs nothing to keep and never mutates the DOM.
 */
export function spansToRanges(collected: CollectedText, spans: readonly Span[]): (StaticRange | null)[] {
  return spans.map((span) => {
    const a = locate(collected, span.start, false);
    const b = locate(collected, span.end, true);
    if (!a || !b) return null;
    return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
  });
}

/** A live Range for a StaticRange, for geometry (a StaticRange has no client rects). */
export function liveRange(s: StaticRange): Range {
  const r = (s.startContainer.ownerDocument ?? document).createRange();
  r.setStart(s.startContainer, s.startOffset);
  r.setEnd(s.endContainer, s.endOffset);
  return r;
}

/** Where a range starts on screen: its first line box, or its bounding box. */
export function firstRect(s: StaticRange): DOMRect {
  const r = liveRange(s);
  return r.getClientRects()[0] ?? r.getBoundingClientRect();
}

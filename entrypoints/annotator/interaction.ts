import type { Mark } from '@/lib/dom/marks';
import { liveRange } from '@/lib/dom/ranges';
import { closestOf } from '@/lib/dom/safe-dom';
import type { TooltipHost } from './tooltip-host';

export interface InteractionOptions {
  /** The visible mark at a caret position. */
  markAt: (node: Node, offset: number) => Mark | undefined;
  /** Visible marks in reading order. */
  ordered: () => Mark[];
  host: TooltipHost;
  /** Shows the tooltip for a mark; `viaKeyboard` also announces it. */
  open: (mark: Mark, viaKeyboard: boolean) => void;
  delayMs: () => number;
  signal: AbortSignal;
}

const HIDE_GRACE_MS = 300;
export const FOCUS_HIGHLIGHT = 'negah-focus';

/**
 * Hover opens a mark's tooltip after a short delay and keeps it while the pointer
 * is on the mark or the tooltip; Alt+Shift+↓/↑ steps through the marks; Esc closes.
 * Typing in inputs and editable content is never intercepted.
 */
export function watchInteraction(o: InteractionOptions): void {
  let current: Mark | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let framePending = false;
  let lastEvent: PointerEvent | null = null;
  let cursor = -1;

  const close = () => {
    clearTimeout(showTimer);
    current = null;
    o.host.hide();
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
  };
  const onFrame = () => {
    framePending = false;
    const e = lastEvent;
    if (!e) return;
    if (o.host.contains(e)) return clearTimeout(hideTimer);
    const mark = markAtPoint(o.markAt, e.clientX, e.clientY);
    if (mark && mark === current) return clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (mark) {
      showTimer = setTimeout(() => {
        current = mark;
        clearTimeout(hideTimer);
        o.open(mark, false);
      }, o.delayMs());
    } else if (o.host.visible && !hideTimer) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        close();
      }, HIDE_GRACE_MS);
    }
  };
  document.addEventListener('pointermove', (e) => {
    lastEvent = e;
    if (!framePending) {
      framePending = true;
      requestAnimationFrame(onFrame);
    }
  }, { capture: true, passive: true, signal: o.signal });

  document.addEventListener('keydown', (e) => {
    if (isEditable(e.target)) return;
    if (e.key === 'Escape' && o.host.visible) return close();
    if (!e.altKey || !e.shiftKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    const all = o.ordered();
    if (all.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    cursor = (cursor + (e.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length;
    current = all[cursor]!;
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(current.range));
    current.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    o.open(current, true);
  }, { capture: true, signal: o.signal });

  document.addEventListener('pointerdown', (e) => {
    if (o.host.visible && !o.host.contains(e)) close();
  }, { capture: true, passive: true, signal: o.signal });
}

function markAtPoint(markAt: InteractionOptions['markAt'], x: number, y: number): Mark | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  const mark = markAt(caret.node, caret.offset);
  if (!mark) return undefined;
  // The caret snaps to the nearest character even from blank space: check the pointer is on the text.
  for (const rect of liveRange(mark.range).getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return mark;
  }
  return undefined;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (closestOf(target, 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) return true;
  return (target as HTMLElement).isContentEditable === true;
}

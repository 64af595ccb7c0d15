/**
 * Where a tooltip goes: below the marked text if it fits, else above, shifted
 * sideways to stay inside the viewport, aligned to the text's start edge
 * (right in RTL, left in LTR). Pure geometry, in viewport coordinates.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 8;
const MARGIN = 8;

export function placeTooltip(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, dir: 'ltr' | 'rtl'): Placement {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  const fitsBelow = below + size.height <= viewport.height - MARGIN;
  const side = fitsBelow || above < MARGIN ? 'below' : 'above';
  let top = side === 'below' ? below : above;
  top = Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN));
  let left = dir === 'rtl' ? anchor.left + anchor.width - size.width : anchor.left;
  left = Math.max(MARGIN, Math.min(left, viewport.width - size.width - MARGIN));
  return { left, top, side };
}

import type { I18n } from '@/components/i18n';
import type { Mark } from '@/lib/dom/marks';
import { liveRange } from '@/lib/dom/ranges';
import type { Settings } from '@/lib/settings';
import { inlineLabel } from './cards';
import type { TooltipHost } from './tooltip-host';

/**
 * Inline mode: the converted date in a small label above each date, drawn in
 * Negah's own layer at the date's position, so the page's text never moves.
 */
export function paintInlineLabels(host: TooltipHost, marks: Mark[], settings: Settings, i18n: I18n): void {
  const dates = marks.filter((m) => m.kind === 'date');
  if (dates.length === 0 && host.element === null) return;
  const layer = host.inlineLayer();
  layer.replaceChildren();
  for (const mark of dates) {
    const text = inlineLabel(mark.data, { settings, i18n });
    if (!text) continue;
    const rect = liveRange(mark.range).getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const label = document.createElement('span');
    label.className = 'negah-inline';
    label.textContent = text;
    label.style.left = `${rect.left + scrollX}px`;
    label.style.top = `${rect.top + scrollY}px`;
    layer.append(label);
  }
}

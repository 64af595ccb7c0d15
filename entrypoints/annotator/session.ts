import type { I18n } from '@/components/i18n';
import { firstRect } from '@/lib/dom/ranges';
import type { Gazetteer } from '@/lib/entities/gazetteer';
import type { Settings } from '@/lib/settings';
import { cardFor } from './cards';
import { paintInlineLabels } from './inline-labels';
import { watchInteraction } from './interaction';
import { loadMatcher } from './matcher';
import { PageAnnotator } from './page-annotator';
import type { TooltipHost } from './tooltip-host';

export interface SessionOptions {
  /** The current settings (they may change while the session lives). */
  settings: () => Settings;
  i18n: I18n;
  host: TooltipHost;
  /** After marks were added or settings changed, and the inline labels redrawn. */
  onChange?: (page: PageAnnotator) => void;
}

/**
 * One annotated document — a news page or a saved clip in the reader — wired to its
 * tooltips: hover and keyboard open a mark's card, inline labels follow the marks.
 * The gazetteer is loaded on first need, so a page without entities never pays for it.
 */
export function annotatorSession(o: SessionOptions): PageAnnotator {
  let gazetteer: Gazetteer | undefined;
  const page: PageAnnotator = new PageAnnotator(o.settings(), async () => {
    const matcher = await loadMatcher();
    gazetteer = matcher?.gazetteer;
    return matcher;
  }, () => {
    const s = o.settings();
    paintInlineLabels(o.host, s.inlineDates && s.annotateDates ? page.visibleMarks() : [], s, o.i18n);
    o.onChange?.(page);
  });
  watchInteraction({
    markAt: (node, offset) => page.markAt(node, offset),
    ordered: () => page.visibleMarks(),
    host: o.host,
    open: (mark, viaKeyboard) => {
      const card = cardFor(mark, { settings: o.settings(), i18n: o.i18n, published: page.facts?.published, gazetteer });
      o.host.show(card.content, firstRect(mark.range), viaKeyboard ? card.spoken : undefined);
    },
    delayMs: () => o.settings().hoverDelayMs,
    signal: page.signal,
  });
  return page;
}

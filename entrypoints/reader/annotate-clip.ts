import type { I18n } from '@/components/i18n';
import type { Mark } from '@/lib/dom/marks';
import type { EntityMatcher } from '@/lib/entities/matcher';
import type { Settings } from '@/lib/settings';
import { cardFor } from '../annotator/cards';
import HIGHLIGHT_CSS from '@/public/highlights.css?raw';
import { paintInlineLabels } from '../annotator/inline-labels';
import { watchInteraction } from '../annotator/interaction';
import { loadMatcher } from '../annotator/matcher';
import { PageAnnotator } from '../annotator/page-annotator';
import { TooltipHost } from '../annotator/tooltip-host';

export interface ClipFacts {
  root: Element;
  lang: 'fa' | 'ar' | 'other';
  /** Publication day, 'YYYY-MM-DD'. */
  published?: string;
}

/**
 * The live page's marks and tooltips on a saved clip: the annotator's own
 * modules (PageAnnotator, TooltipHost, watchInteraction), given the clip's
 * facts instead of reading them from a news page.
 */
export async function annotateClip(facts: ClipFacts, settings: Settings, i18n: I18n): Promise<PageAnnotator | null> {
  if (!settings.enabled || facts.lang === 'other') return null;
  const style = document.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  document.head.append(style);
  const host = new TooltipHost(i18n);
  let matcher: EntityMatcher | undefined;
  const annotator = new PageAnnotator(settings, async () => (matcher = await loadMatcher()), () => {
    paintInlineLabels(host, settings.inlineDates && settings.annotateDates ? annotator.visibleMarks() : [], settings, i18n);
  });
  const open = (mark: Mark, viaKeyboard: boolean) => {
    const card = cardFor(mark, { settings, i18n, published: facts.published, gazetteer: matcher?.gazetteer });
    const r = document.createRange();
    r.setStart(mark.range.startContainer, mark.range.startOffset);
    r.setEnd(mark.range.endContainer, mark.range.endOffset);
    host.show(card.content, r.getClientRects()[0] ?? r.getBoundingClientRect(), viaKeyboard ? card.spoken : undefined);
  };
  watchInteraction({
    markAt: (node, offset) => annotator.markAt(node, offset),
    ordered: () => annotator.visibleMarks(),
    host, open, delayMs: () => settings.hoverDelayMs, signal: annotator.signal,
  });
  await annotator.start(document, { root: facts.root, lang: facts.lang, ...(facts.published ? { published: facts.published } : {}) });
  return annotator;
}

import type { I18n } from '@/components/i18n';
import type { EntityMatcher } from '@/lib/entities/matcher';
import { isEnabledOn } from '@/lib/settings';
import type { Mark } from '@/lib/dom/marks';
import { request } from '@/utils/messaging';
import { loadTranslate } from '@/utils/i18n';
import { loadSettings, watchSettings } from '@/utils/settings-item';
import { cardFor } from './cards';
import { watchInteraction } from './interaction';
import { paintInlineLabels } from './inline-labels';
import { loadMatcher } from './matcher';
import { observePage } from './observe';
import { PageAnnotator } from './page-annotator';
import { TooltipHost } from './tooltip-host';

/** Wires the page annotator to settings, the tooltip host, the observer and the badge. */
export async function runAnnotator(): Promise<void> {
  let settings = await loadSettings();
  const i18n: I18n = await loadTranslate(settings.uiLanguage);
  const host = new TooltipHost(i18n);
  let page: PageAnnotator | null = null;
  // Built on first need: a page that shows no entities never pays for the gazetteer.
  let loadedMatcher: EntityMatcher | undefined;

  const repaint = () => {
    if (!page) return;
    const count = page.visibleMarks().length;
    paintInlineLabels(host, settings.inlineDates && settings.annotateDates ? page.visibleMarks() : [], settings, i18n);
    void request('badge:set', { count, state: 'on' }).catch(() => undefined);
  };
  const open = (mark: Mark, viaKeyboard: boolean) => {
    const card = cardFor(mark, { settings, i18n, published: page?.facts?.published, gazetteer: loadedMatcher?.gazetteer });
    host.show(card.content, rangeRect(mark), viaKeyboard ? card.spoken : undefined);
  };
  const start = async () => {
    page?.stop();
    host.hide();
    if (!isEnabledOn(settings, location.hostname)) {
      page = null;
      paintInlineLabels(host, [], settings, i18n);
      await request('badge:set', { count: 0, state: 'off' }).catch(() => undefined);
      return;
    }
    const current = new PageAnnotator(settings, async () => (loadedMatcher = await loadMatcher()), repaint);
    page = current;
    watchInteraction({
      markAt: (node, offset) => current.markAt(node, offset),
      ordered: () => current.visibleMarks(),
      host, open, delayMs: () => settings.hoverDelayMs, signal: current.signal,
    });
    observePage({
      onAdded: (roots) => roots.forEach((r) => void current.annotateRegion(r)),
      onReset: () => void start(),
      onRemoved: () => {
        current.prune();
        repaint();
      },
      isOwn: (n) => host.element !== null && (n === host.element || host.element.contains(n)),
      signal: current.signal,
    });
    await current.start(document);
    repaint();
  };
  watchSettings((next) => {
    const wasOn = isEnabledOn(settings, location.hostname);
    const rescan = wasOn !== isEnabledOn(next, location.hostname) || next.annotateEntities !== settings.annotateEntities;
    settings = next;
    if (rescan) void start();
    else {
      page?.updateSettings(next);
      repaint();
    }
  });
  await start();
}

function rangeRect(mark: Mark): DOMRect {
  const r = document.createRange();
  r.setStart(mark.range.startContainer, mark.range.startOffset);
  r.setEnd(mark.range.endContainer, mark.range.endOffset);
  return r.getClientRects()[0] ?? r.getBoundingClientRect();
}

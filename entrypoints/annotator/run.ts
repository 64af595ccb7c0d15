import type { I18n } from '@/components/i18n';
import { isEnabledOn } from '@/lib/settings';
import { request } from '@/utils/messaging';
import { loadTranslate } from '@/utils/i18n';
import { loadSettings, watchSettings } from '@/utils/settings-item';
import { paintInlineLabels } from './inline-labels';
import { observePage } from './observe';
import type { PageAnnotator } from './page-annotator';
import { annotatorSession } from './session';
import { TooltipHost } from './tooltip-host';

/** Wires the page annotator to settings, the tooltip host, the observer and the badge. */
export async function runAnnotator(): Promise<void> {
  let settings = await loadSettings();
  const i18n: I18n = await loadTranslate(settings.uiLanguage);
  const host = new TooltipHost(i18n);
  let page: PageAnnotator | null = null;

  const badge = (p: PageAnnotator) => void request('badge:set', { count: p.visibleMarks().length, state: 'on' }).catch(() => undefined);
  const start = async () => {
    page?.stop();
    host.hide();
    if (!isEnabledOn(settings, location.hostname)) {
      page = null;
      paintInlineLabels(host, [], settings, i18n);
      await request('badge:set', { count: 0, state: 'off' }).catch(() => undefined);
      return;
    }
    const current = annotatorSession({ settings: () => settings, i18n, host, onChange: badge });
    page = current;
    observePage({
      onAdded: (roots) => roots.forEach((r) => void current.annotateRegion(r)),
      onReset: () => void start(),
      onRemoved: () => current.prune(),
      isOwn: (n) => host.element !== null && (n === host.element || host.element.contains(n)),
      signal: current.signal,
    });
    await current.start(document);
    badge(current);
  };
  watchSettings((next) => {
    const wasOn = isEnabledOn(settings, location.hostname);
    const rescan = wasOn !== isEnabledOn(next, location.hostname) || next.annotateEntities !== settings.annotateEntities;
    settings = next;
    if (rescan) void start();
    else page?.updateSettings(next);
  });
  await start();
}

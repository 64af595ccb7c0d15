import type { I18n } from '@/components/i18n';
import type { Settings } from '@/lib/settings';
import HIGHLIGHT_CSS from '@/public/highlights.css?raw';
import type { PageAnnotator } from '../annotator/page-annotator';
import { annotatorSession } from '../annotator/session';
import { TooltipHost } from '../annotator/tooltip-host';

export interface ClipFacts {
  root: Element;
  lang: 'fa' | 'ar' | 'other';
  /** Publication day, 'YYYY-MM-DD'. */
  published?: string;
}

/**
 * The live page's marks and tooltips on a saved clip: the annotator's own session
 * (entrypoints/annotator/session.ts), given the clip's facts instead of reading
 * them from a news page.
 */
export async function annotateClip(facts: ClipFacts, settings: Settings, i18n: I18n): Promise<PageAnnotator | null> {
  if (!settings.enabled || facts.lang === 'other') return null;
  const style = document.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  document.head.append(style);
  const annotator = annotatorSession({ settings: () => settings, i18n, host: new TooltipHost(i18n) });
  await annotator.start(document, { root: facts.root, lang: facts.lang, ...(facts.published ? { published: facts.published } : {}) });
  return annotator;
}

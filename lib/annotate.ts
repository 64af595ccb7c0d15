/**
 * The whole analysis of one text, as the content script and `npm run annotate` run it:
 * language → dates → entities → how diplomatic the text is.
 */
import { detectDates } from './dates/detect';
import { scoreDiplomatic } from './detect/diplomatic';
import type { EntityMatcher } from './entities/matcher';
import { fold } from './text/fold';
import { identifyLanguage } from './text/language';
import type { AnnotateResult } from './types';

export interface AnnotateOptions {
  /** Publication date, 'YYYY-MM-DD'. */
  published?: string;
  /** Entities are found only when a matcher (built from the gazetteer) is given. */
  matcher?: EntityMatcher;
}

export function annotateText(text: string, options: AnnotateOptions = {}): AnnotateResult {
  const { lang } = identifyLanguage(text);
  if (lang === 'other') return { language: lang, diplomatic: false, score: 0, dates: [], entities: [] };
  const folded = fold(text);
  const dates = detectDates(text, { lang, published: options.published, folded });
  const entities = options.matcher ? options.matcher.match(text, { lang, published: options.published, folded }) : [];
  const { score, diplomatic } = scoreDiplomatic(folded.text, lang, entities);
  return { language: lang, diplomatic, score, dates, entities };
}

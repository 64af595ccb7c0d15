import { findArticleRoot, isFurniture } from '@/lib/dom/article-root';
import { findPublished } from '@/lib/dom/published';
import { tagOf, textOf } from '@/lib/dom/safe-dom';
import { identifyLanguage } from '@/lib/text/language';

export interface PageFacts {
  root: Element;
  lang: 'fa' | 'ar' | 'other';
  published?: string;
}

/** What the annotator needs to know about the page before it marks anything. */
export function readPage(doc: Document): PageFacts {
  const root = findArticleRoot(doc);
  const sample = `${doc.title}\n${textOf(root).slice(0, 6000)}`;
  const docLang = doc.documentElement.lang.toLowerCase();
  let lang = identifyLanguage(sample).lang;
  // The page's own lang attribute settles a close call between Persian and Arabic.
  if (lang !== 'other' && /^(fa|ar)\b/.test(docLang) && identifyLanguage(sample).confidence < 0.2) lang = docLang.slice(0, 2) as 'fa' | 'ar';
  return { root, lang, published: findPublished(doc, lang) };
}

/** Skip rule for text collection: page furniture and Negah's own layer. */
export function skipElement(el: Element): boolean {
  return tagOf(el) === 'NEGAH-LAYER' || isFurniture(el);
}

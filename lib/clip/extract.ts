/**
 * What a page holds for a clip, read without touching it: Readability runs on a
 * clone of the document, metadata is read from the live one, and the article
 * HTML is sanitised before it leaves the page. Runs in the page's isolated world
 * (entrypoints/extractor.ts), in tests under happy-dom, and in the benchmark.
 */
import { Readability } from '@mozilla/readability';
import { MAX_HTML, MAX_TEXT, type ExtractedPage } from '../messages';
import { findArticleRoot } from '../dom/article-root';
import { collectText } from '../dom/collect-text';
import { findPublished, toLocalDay } from '../dom/published';
import { attrOf, cloneOf, docLangOf, queryAll, queryOne, removeAttr, removeElement, textOf, titleOf } from '../dom/safe-dom';
import { identifyLanguage } from '../text/language';
import type { ArticleSanitizer } from './sanitize';


export type ExtractResult = { ok: true; page: ExtractedPage } | { ok: false; error: string };

const meta = (doc: Document, selector: string) => {
  const el = queryOne(doc, selector);
  return (el ? attrOf(el, 'content') : null)?.trim() || undefined;
};
const squash = (s: string | null | undefined, max: number) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

function pageLang(doc: Document, title: string, text: string): 'fa' | 'ar' | 'other' {
  const guess = identifyLanguage(`${title}\n${text.slice(0, 6000)}`);
  const declared = docLangOf(doc);
  // The page's own lang attribute settles a close call between Persian and Arabic (as the annotator does).
  if (guess.lang !== 'other' && /^(fa|ar)\b/.test(declared) && guess.confidence < 0.2) return declared.slice(0, 2) as 'fa' | 'ar';
  return guess.lang;
}

/**
 * Beyond this many characters of article text (a treaty, a full transcript, a
 * book chapter), Readability's repeated passes over the whole tree cost far more
 * than the little page furniture such a document carries: the article root the
 * annotator finds is taken as it is, and the sanitiser cleans it.
 */
export const LONG_ARTICLE = 100_000;

interface Found {
  /** The article's element: in a clone of the page (Readability) or the page itself (read, never changed). */
  node: Node;
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedTime?: string;
}

/** Readability's article, or — on pages it gives up on, and on very long ones — the annotator's article root. */
function findArticle(doc: Document): Found {
  const root = findArticleRoot(doc);
  if (textOf(root).length > LONG_ARTICLE) return { node: root };
  const clone = defused(cloneOf(doc));
  // The element itself, not its HTML: the sanitiser copies it without a serialise-and-parse round trip.
  const article = new Readability<Node>(clone, { charThreshold: 200, serializer: (el) => el }).parse();
  if (article?.content) {
    return {
      node: article.content, title: article.title ?? undefined, byline: article.byline ?? undefined,
      excerpt: article.excerpt ?? undefined, siteName: article.siteName ?? undefined, publishedTime: article.publishedTime ?? undefined,
    };
  }
  return { node: root };
}

/**
 * A copy of the page that its own markup cannot turn against the code reading it:
 * a form's named controls shadow the form's properties (`<input name="parentNode">`
 * sends Readability's tree walk round in circles for ever) and named images or
 * embeds shadow the document's (`<img name="body">`). Forms, objects and embeds
 * are never part of a clip, and an image's or frame's name means nothing in one: all go.
 */
function defused(clone: Document): Document {
  for (const el of queryAll(clone, 'form, object, embed')) removeElement(el);
  for (const el of queryAll(clone, 'img[name], iframe[name]')) removeAttr(el, 'name');
  return clone;
}

function serialise(fragment: DocumentFragment, doc: Document): string {
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

/** Reads `doc` (whose address is `url`) for a clip. */
export function extractPage(doc: Document, sanitizer: ArticleSanitizer, url = doc.URL): ExtractResult {
  if (!/^https?:/i.test(url)) return { ok: false, error: 'not-http: only web pages can be saved' };
  const found = findArticle(doc);
  const fragment = sanitizer.fragmentOf(found.node);
  const text = collectText(fragment).text.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
  const html = serialise(fragment, doc);
  if (html.length > MAX_HTML || text.length > MAX_TEXT) return { ok: false, error: 'too-large: this article is bigger than Negah keeps (10 MB)' };
  const title = squash(meta(doc, 'meta[property="og:title"]') ?? found.title ?? titleOf(doc), 2000) ?? url;
  const lang = pageLang(doc, title, text);
  const published = findPublished(doc, lang) ?? (found.publishedTime ? toLocalDay(found.publishedTime.trim(), lang) : undefined);
  const canonical = canonicalHref(doc, url) || meta(doc, 'meta[property="og:url"]');
  const page: ExtractedPage = {
    url,
    title,
    lang,
    html,
    text,
    ...optional('canonicalUrl', squash(canonical, 8192)),
    ...optional('site', squash(meta(doc, 'meta[property="og:site_name"]') ?? found.siteName, 500)),
    ...optional('author', squash(found.byline ?? meta(doc, 'meta[name="author"]'), 1000)),
    ...optional('published', published),
    ...optional('excerpt', squash(summaryOf(doc, found.excerpt), 5000)),
  };
  return { ok: true, page };
}

/** The page's canonical link, resolved against its address. */
function canonicalHref(doc: Document, url: string): string | undefined {
  const link = queryOne(doc, 'link[rel~="canonical" i]');
  const href = link ? attrOf(link, 'href') : null;
  if (!href) return undefined;
  try {
    return new URL(href.trim(), url).href;
  } catch {
    return undefined;
  }
}

/** The page's own summary; Readability's first-paragraph guess only when it is a real sentence, not a dateline. */
function summaryOf(doc: Document, readabilityExcerpt: string | undefined): string | undefined {
  const given = meta(doc, 'meta[name="description"]') ?? meta(doc, 'meta[property="og:description"]');
  if (given) return given;
  return readabilityExcerpt && readabilityExcerpt.trim().length >= 60 ? readabilityExcerpt : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

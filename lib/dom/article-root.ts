/**
 * Finds the element that holds the article: the text a reader came for, not the
 * navigation, menus, related links, comments, ads or footer around it. First
 * the markup news sites use for it, then the block with the most paragraph
 * text that is not link text (the idea behind Readability, at a fraction of the cost).
 *
 * Every read goes through safe-dom (a hostile page's form cannot send an ancestor
 * walk round in circles), and "is this inside furniture?" is remembered per element
 * for one search, so a page nested 5,000 levels deep costs one walk, not one per paragraph.
 */
import { attrOf, bodyOf, classOf, closestOf, containsNode, idOf, parentOf, queryAll, queryOne, rootElementOf, tagOf } from './safe-dom';

const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]',
  'article [class*="body" i]',
  'article',
  '[role="main"] [class*="content" i]',
  'main',
];

/** Class or id fragments of page furniture. Matched on words, so "admin" is not "ad". */
const FURNITURE = /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|sidebar|aside|related|more-?news|footer|header|comments?|comment-list|share|social|ads?|advert\w*|banner|sponsor\w*|promo|newsletter|subscribe|tags?|popular|most-?read|tools|print|cookie)([-_\s]|$)/i;
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'MENU', 'DIALOG']);

/** True for elements that are page furniture, not the article. */
export function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  // An article's own header holds its title and dateline; the site's header does not.
  if (tag === 'HEADER') {
    const parent = parentOf(el);
    return parent === null || closestOf(parent, 'article, main, [itemprop="articleBody"]') === null;
  }
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = attrOf(el, 'role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner' || role === 'search') return true;
  const label = `${idOf(el)} ${classOf(el)}`;
  return label.length > 1 && FURNITURE.test(label);
}

export function findArticleRoot(doc: Document): Element {
  const body = bodyOf(doc) ?? rootElementOf(doc);
  if (!body) throw new Error('this document has no elements');
  const insidePageFurniture = furnitureWithin(null, (e) => isFurniture(e) && tagOf(e) !== 'HEADER');
  let root: Element = body;
  for (const selector of ARTICLE_SELECTORS) {
    const best = largestByText(queryAll(doc, selector).filter((el) => !insidePageFurniture(parentOf(el))));
    if (best && paragraphText(best) >= 200) {
      root = best;
      break;
    }
  }
  if (root === body) root = bestByDensity(body) ?? body;
  return withTitle(root, doc, body);
}

/** Widens the root to take in the article's title and dateline when they sit just outside it. */
function withTitle(root: Element, doc: Document, body: Element): Element {
  const h1 = queryOne(doc, 'h1');
  if (!h1 || containsNode(root, h1)) return root;
  let common: Element | null = parentOf(root);
  while (common && !containsNode(common, h1)) common = parentOf(common);
  if (!common || common === body || common === rootElementOf(doc)) return root;
  return common;
}

/**
 * "Is `el` (or an ancestor of it, up to but not including `root`) furniture?",
 * remembered for every element a walk passes, so that many questions about one
 * tree cost one walk of it.
 */
function furnitureWithin(root: Element | null, test: (e: Element) => boolean = isFurniture): (el: Element | null) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let answer = false;
    for (let e = el; e && e !== root; e = parentOf(e)) {
      const seen = known.get(e);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      path.push(e);
      if (test(e)) {
        answer = true;
        break;
      }
    }
    // Every element passed has the same answer: the walk stopped at the first furniture (or known) one.
    for (const e of path) known.set(e, answer);
    return answer;
  };
}

function largestByText(els: Element[]): Element | undefined {
  let best: Element | undefined;
  let bestLen = 0;
  for (const el of els) {
    const len = paragraphText(el);
    if (len > bestLen) [best, bestLen] = [el, len];
  }
  return best;
}

/** Enough text to know an element holds an article; counting further only costs time on huge pages. */
const ENOUGH = 20_000;

/** Length of text in paragraphs (p, or text-bearing divs) that is not inside links or furniture, up to ENOUGH. */
function paragraphText(root: Element): number {
  const inside = furnitureWithin(root);
  let total = 0;
  for (const p of queryAll(root, 'p, h1, h2, h3, blockquote, li')) {
    if (total >= ENOUGH) return ENOUGH;
    if (inside(p)) continue;
    const text = p.textContent ?? '';
    let linked = 0;
    for (const a of queryAll(p, 'a')) linked += (a.textContent ?? '').length;
    total += Math.max(0, text.length - linked * 1.5);
  }
  return total;
}

/** The container whose direct paragraphs hold the most text. */
function bestByDensity(body: Element): Element | null {
  const inside = furnitureWithin(body);
  const scores = new Map<Element, number>();
  for (const p of queryAll(body, 'p')) {
    if (inside(p)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const parent = parentOf(p);
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parentOf(parent);
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

/**
 * Finds the element that holds the article: the text a reader came for, not the
 * navigation, menus, related links, comments, ads or footer around it. First
 * the markup news sites use for it, then the block with the most paragraph
 * text that is not link text (the idea behind Readability, at a fraction of the cost).
 */

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
  // An article's own header holds its title and dateline; the site's header does not.
  if (el.tagName === 'HEADER') return el.parentElement?.closest('article, main, [itemprop="articleBody"]') === null;
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner' || role === 'search') return true;
  const label = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return label.length > 1 && FURNITURE.test(label);
}

export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let root: Element = body;
  for (const selector of ARTICLE_SELECTORS) {
    const best = largestByText([...doc.querySelectorAll(selector)].filter((el) => !isInsideFurniture(el)));
    if (best && paragraphText(best) >= 200) {
      root = best;
      break;
    }
  }
  if (root === body) root = bestByDensity(body) ?? body;
  return withTitle(root, doc);
}

/** Widens the root to take in the article's title and dateline when they sit just outside it. */
function withTitle(root: Element, doc: Document): Element {
  const h1 = doc.querySelector('h1');
  if (!h1 || root.contains(h1)) return root;
  let common: Element | null = root.parentElement;
  while (common && !common.contains(h1)) common = common.parentElement;
  if (!common || common === doc.body || common === doc.documentElement) return root;
  return common;
}

function isInsideFurniture(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e !== el && isFurniture(e) && e.tagName !== 'HEADER') return true;
  }
  return false;
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
  let total = 0;
  for (const p of root.querySelectorAll('p, h1, h2, h3, blockquote, li')) {
    if (total >= ENOUGH) return ENOUGH;
    if (isInsideFurnitureWithin(p, root)) continue;
    const text = p.textContent ?? '';
    let linked = 0;
    for (const a of p.querySelectorAll('a')) linked += (a.textContent ?? '').length;
    total += Math.max(0, text.length - linked * 1.5);
  }
  return total;
}

function isInsideFurnitureWithin(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

/** The container whose direct paragraphs hold the most text. */
function bestByDensity(body: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
    if (isInsideFurnitureWithin(p, body)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

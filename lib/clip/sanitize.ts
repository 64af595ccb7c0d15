/**
 * The one sanitiser for article HTML, run twice: when a page is clipped (in the
 * page's isolated world, before the HTML leaves it) and every time a clip is
 * shown (in the reader, under the extension's origin) — stored HTML is never
 * trusted, whoever wrote it. An allow-list of reading markup: no scripts, styles,
 * event handlers, forms, frames, SVG or MathML; links only to http(s), opened in
 * a new tab without opener or referrer; images kept as inert data (`data-src`)
 * and shown as placeholders, so a clip never loads anything from the network.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

const TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'q', 'cite', 'figure', 'figcaption', 'img', 'a', 'strong', 'b', 'em', 'i', 'u', 's',
  'del', 'ins', 'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'span', 'div', 'section', 'article',
  'header', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'pre', 'code', 'bdi', 'bdo', 'wbr',
];
const ATTRS = ['href', 'title', 'alt', 'dir', 'lang', 'colspan', 'rowspan', 'datetime', 'data-src', 'scope', 'start', 'reversed'];
/** Elements whose text is not part of the article either: dropped with their contents. */
const DROP_WITH_CONTENT = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'button', 'select', 'textarea', 'input', 'option', 'label', 'svg', 'math', 'video', 'audio',
  'canvas', 'dialog', 'nav', 'aside', 'footer', 'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'head',
];

const CONFIG: Config = {
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR: ATTRS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  FORBID_CONTENTS: DROP_WITH_CONTENT,
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  WHOLE_DOCUMENT: false,
};

const WEB_URL = /^https?:\/\/[^\s]/i;

/** http(s) addresses only; anything else (javascript:, data:, relative, mailto:) is dropped. */
export function isWebUrl(value: string | null | undefined): value is string {
  return typeof value === 'string' && WEB_URL.test(value.trim());
}

function addHooks(purify: DOMPurify): void {
  purify.addHook('beforeSanitizeAttributes', (node) => {
    // An image's address is kept as inert data (src itself is not allowed): never fetched, shown as a link.
    if (node.nodeName !== 'IMG') return;
    const img = node as Element;
    const src = img.getAttribute('src');
    if (isWebUrl(src) && !isWebUrl(img.getAttribute('data-src'))) img.setAttribute('data-src', src.trim());
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'href' || data.attrName === 'data-src') && !isWebUrl(data.attrValue)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const a = node as Element;
    if (a.hasAttribute('href')) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

export interface ArticleSanitizer {
  /** Sanitised HTML as a string (what is stored). */
  html(dirty: string): string;
  /** Sanitised HTML as a fragment of the window's document (what is shown). */
  fragment(dirty: string): DocumentFragment;
  /** The same, from a node (a page's article element, Readability's result): copied, never changed. */
  fragmentOf(dirty: Node): DocumentFragment;
}

/** A sanitiser bound to a window (a page's isolated world, an extension page, happy-dom in tests). */
export function createArticleSanitizer(win: Window): ArticleSanitizer {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('this context cannot sanitise HTML (no DOM)');
  addHooks(purify);
  // DOMPurify passes everything through in DOM imitations it does not support (happy-dom, linkedom):
  // prove that this one really sanitises before trusting it with anything.
  // (No event-handler attribute in the probe: even parsing one makes the page's CSP report a blocked handler.)
  const probe = purify.sanitize('<b title="t">x<script>z</script><em>y</em></b>', CONFIG) as unknown as string;
  if (probe !== '<b title="t">x<em>y</em></b>') throw new Error('this DOM cannot sanitise HTML safely');
  return {
    html: (dirty) => purify.sanitize(dirty, { ...CONFIG, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false }) as unknown as string,
    fragment: (dirty) => purify.sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment,
    // DOMPurify imports (deep-copies) a node into its own document before it cleans it.
    fragmentOf: (dirty) => purify.sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment,
  };
}

/** Block elements that get their own direction from their text (`dir="auto"`), so Persian and English paragraphs both read right. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, dt, dd, figcaption, caption, pre';

/** Prepares sanitised article DOM for reading: per-paragraph direction, images as labelled placeholders. */
export function prepareForReading(root: DocumentFragment | Element, imageLabel: (alt: string) => string, openImageLabel: string): void {
  for (const el of root.querySelectorAll(BLOCKS)) el.setAttribute('dir', 'auto');
  for (const div of root.querySelectorAll('div')) {
    if ([...div.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')) div.setAttribute('dir', 'auto');
  }
  const doc = root.ownerDocument ?? (root as unknown as Document);
  for (const img of root.querySelectorAll('img')) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    const box = doc.createElement('span');
    box.className = 'clip-image';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', imageLabel(alt));
    box.setAttribute('dir', 'auto');
    box.textContent = imageLabel(alt);
    const src = img.getAttribute('data-src');
    if (isWebUrl(src)) {
      const link = doc.createElement('a');
      link.href = src;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = openImageLabel;
      box.append(' ', link);
    }
    img.replaceWith(box);
  }
}

/**
 * Reads the visible text under a root as one string, with a table from string
 * offsets back to text nodes. Blocks are separated by '\n' so that nothing is
 * matched across paragraphs; inline markup (<b>, <a>, <span>) does not break
 * words. Editable content, code and scripts are skipped with their subtrees.
 * Element reads go through safe-dom (a hostile page's forms cannot redirect them),
 * and each text node's block is remembered per parent, so that 5,000 nested
 * inline elements cost one walk, not one per text node.
 */
import { attrOf, hasAttr, ownerDocumentOf, parentOf, tagOf } from './safe-dom';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `CollectedText.text`. */
  start: number;
}

export interface CollectedText {
  text: string;
  segments: TextSegment[];
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE',
]);
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

export interface CollectOptions {
  /** Elements to leave alone besides the built-in list (e.g. Negah's own UI host). */
  skip?: (el: Element) => boolean;
  /** Stop after this many characters (the caller continues from `resumeAfter`). */
  limit?: number;
}

/** True for elements whose text Negah must never touch. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP.has(tagOf(el).toUpperCase())) return true;
  if (el.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  const editable = attrOf(el, 'contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return attrOf(el, 'aria-hidden') === 'true' || hasAttr(el, 'hidden');
}

export function collectText(root: Node, options: CollectOptions = {}): CollectedText {
  const doc = ownerDocumentOf(root) ?? (root as Document);
  const skip = options.skip;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType !== 1) return 1; // FILTER_ACCEPT
      const el = node as Element;
      return isSkippedElement(el) || (skip?.(el) ?? false) ? 2 /* FILTER_REJECT */ : 3; /* FILTER_SKIP */
    },
  });
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  const blockOf = blockFinder();
  const limit = options.limit ?? Infinity;
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    const text = node as Text;
    const value = text.data;
    if (value.length === 0) continue;
    const block = blockOf(text);
    if (lastBlock !== null && block !== lastBlock && !(parts.at(-1) ?? '').endsWith('\n')) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    segments.push({ node: text, start: length });
    parts.push(value);
    length += value.length;
  }
  return { text: parts.join(''), segments };
}

/** The nearest ancestor of a text node that is not inline markup, remembered for each element passed. */
function blockFinder(): (node: Node) => Element | null {
  const known = new Map<Element, Element>();
  return (node) => {
    const path: Element[] = [];
    let el = parentOf(node);
    let block: Element | null = el;
    while (el) {
      const seen = known.get(el);
      if (seen) {
        block = seen;
        break;
      }
      path.push(el);
      const parent = parentOf(el);
      block = el;
      if (!INLINE.has(tagOf(el).toUpperCase()) || !parent) break;
      el = parent;
    }
    for (const e of path) known.set(e, block!);
    return block;
  };
}

/** The text node and offset where string offset `offset` falls (end-inclusive for range ends). */
export function locate(collected: CollectedText, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  const segs = collected.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid]!;
    if (s.start < offset || (!isEnd && s.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  if (!seg) return null;
  const within = offset - seg.start;
  if (within < 0 || within > seg.node.data.length) return null;
  return { node: seg.node, offset: within };
}

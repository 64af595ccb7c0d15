/**
 * DOM reads a hostile page cannot redirect. A form's named controls shadow the
 * form's own properties (`<input name="parentElement">` makes `form.parentElement`
 * that input, so an ancestor walk goes round in circles for ever), and the
 * document's named elements shadow the document's (`<img name="body">`). Named
 * properties live on the object itself, never on the prototypes, so reading
 * through the prototypes' own getters and methods always gets the real thing.
 *
 * Looked up on the node's own prototype chain on first use (lib/ also runs where
 * there is no DOM at all, and tests use other DOM implementations).
 */

/** Per prototype, per name: the getter or method found on its chain (never on the object itself). */
const found = new WeakMap<object, Map<string, (...args: never[]) => unknown>>();

function lookup(obj: object, name: string, kind: 'get' | 'value'): (...args: never[]) => unknown {
  const proto = Object.getPrototypeOf(obj) as object | null;
  if (proto === null) throw new Error(`no ${name} in this DOM`);
  let byName = found.get(proto);
  if (!byName) found.set(proto, (byName = new Map()));
  let fn = byName.get(name);
  if (!fn) {
    for (let p: object | null = proto; p && !fn; p = Object.getPrototypeOf(p) as object | null) {
      const d = Object.getOwnPropertyDescriptor(p, name);
      const candidate = kind === 'get' ? d?.get : d?.value;
      if (typeof candidate === 'function') fn = candidate as (...args: never[]) => unknown;
    }
    if (!fn) throw new Error(`no ${name} in this DOM`);
    byName.set(name, fn);
  }
  return fn;
}

const read = <T>(obj: object, name: string): T => (lookup(obj, name, 'get') as (this: object) => T).call(obj);
const call = <T>(obj: object, name: string, ...args: unknown[]): T => (lookup(obj, name, 'value') as (this: object, ...a: unknown[]) => T).call(obj, ...args);

export const parentOf = (n: Node): Element | null => read(n, 'parentElement');
export const ownerDocumentOf = (n: Node): Document | null => read(n, 'ownerDocument');
/** Upper-case tag name (HTML) or as written (SVG, MathML). */
export const tagOf = (el: Element): string => read(el, 'tagName');
export const textOf = (n: Node): string => read<string | null>(n, 'textContent') ?? '';
export const titleOf = (doc: Document): string => read(doc, 'title');
/** The `lang` attribute of the document's root element, lower-cased ('' when there is none). */
export const docLangOf = (doc: Document): string => {
  const root = read<Element | null>(doc, 'documentElement');
  return (root ? attrOf(root, 'lang') ?? '' : '').toLowerCase();
};
export const cloneOf = <T extends Node>(n: T): T => call(n, 'cloneNode', true);
export const idOf = (el: Element): string => read(el, 'id');
/** The class attribute's text ('' for SVG elements, whose className is an object). */
export const classOf = (el: Element): string => {
  const c = read<unknown>(el, 'className');
  return typeof c === 'string' ? c : '';
};
export const attrOf = (el: Element, name: string): string | null => call(el, 'getAttribute', name);
export const hasAttr = (el: Element, name: string): boolean => call(el, 'hasAttribute', name);
export const closestOf = (el: Element, selector: string): Element | null => call(el, 'closest', selector);
export const containsNode = (a: Node, b: Node | null): boolean => call(a, 'contains', b);
export const bodyOf = (doc: Document): HTMLElement | null => read(doc, 'body');
export const rootElementOf = (doc: Document): Element | null => read(doc, 'documentElement');
export const removeElement = (el: Element): void => call(el, 'remove');
export const removeAttr = (el: Element, name: string): void => call(el, 'removeAttribute', name);
export const queryOne = (root: ParentNode, selector: string): Element | null => call(root, 'querySelector', selector);

/** `querySelectorAll` on a document, fragment or element, as an array. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  return [...call<NodeListOf<Element>>(root, 'querySelectorAll', selector)];
}

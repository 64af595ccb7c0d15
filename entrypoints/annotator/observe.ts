import { isFurniture } from '@/lib/dom/article-root';
import { parentOf } from '@/lib/dom/safe-dom';

export interface ObserveOptions {
  /** New content worth annotating (lazy paragraphs, the next article of an infinite scroll). */
  onAdded: (roots: Element[]) => void;
  /** The page changed too much to patch (a huge mutation or an SPA route change): start over. */
  onReset: () => void;
  /** Some marked text may have left the page. */
  onRemoved: () => void;
  isOwn: (node: Node) => boolean;
  signal: AbortSignal;
}

/** Above this many added nodes in one batch, re-reading the page is cheaper than patching it. */
const HUGE_MUTATION = 1000;

/**
 * One MutationObserver for the page, its records batched until the browser is
 * idle. Route changes (History API, hash) and huge mutations reset the page.
 */
export function observePage(o: ObserveOptions): void {
  let added: Node[] = [];
  let removed = false;
  let scheduled = false;
  let url = location.href;
  const flush = () => {
    scheduled = false;
    if (o.signal.aborted) return;
    const batch = added;
    added = [];
    if (location.href !== url) {
      url = location.href;
      return o.onReset();
    }
    if (batch.length > HUGE_MUTATION) return o.onReset();
    if (removed) {
      removed = false;
      o.onRemoved();
    }
    const roots = topmost(batch.filter((n): n is Element => n instanceof Element && n.isConnected && !o.isOwn(n) && !isFurniture(n)));
    if (roots.length > 0) o.onAdded(roots);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric(flush, { timeout: 500 });
    else setTimeout(flush, 200);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (o.isOwn(r.target)) continue;
      for (const n of r.addedNodes) if (added.length <= HUGE_MUTATION) added.push(n);
      if (r.removedNodes.length > 0) removed = true;
    }
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const onRoute = () => {
    if (location.href !== url) schedule();
  };
  addEventListener('popstate', onRoute, { signal: o.signal });
  addEventListener('hashchange', onRoute, { signal: o.signal });
  // The Navigation API also reports pushState/replaceState made by the page's own scripts.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onRoute, { signal: o.signal });
  o.signal.addEventListener('abort', () => observer.disconnect());
}

/** Drops nodes whose ancestor is also in the list. */
function topmost(nodes: Element[]): Element[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = parentOf(n); p; p = parentOf(p)) if (set.has(p)) return false;
    return true;
  });
}

import type { Mark } from '@/lib/dom/marks';

export const HIGHLIGHT_DATE = 'negah-date';
export const HIGHLIGHT_ENTITY = 'negah-entity';
/** Glossary terms get their own, quieter mark: a page full of them must stay readable. */
export const HIGHLIGHT_TERM = 'negah-term';

function highlightName(m: Mark): string {
  if (m.kind === 'date') return HIGHLIGHT_DATE;
  return m.data.type === 'term' ? HIGHLIGHT_TERM : HIGHLIGHT_ENTITY;
}

/**
 * Draws only the marks whose paragraphs are near the viewport. Chromium paints
 * every range of a registered highlight: twenty thousand marks on a 1 MB article
 * make a frame of several seconds, while the few hundred near the screen cost
 * nothing noticeable. An IntersectionObserver adds and removes marks by paragraph
 * as the reader scrolls.
 */
export class ViewportPainter {
  readonly #highlights = new Map<string, Highlight>();
  readonly #byBlock = new Map<Element, Mark[]>();
  readonly #near = new Set<Element>();
  readonly #io: IntersectionObserver;

  constructor(private shown: (m: Mark) => boolean) {
    for (const name of [HIGHLIGHT_DATE, HIGHLIGHT_ENTITY, HIGHLIGHT_TERM]) {
      const h = new Highlight();
      this.#highlights.set(name, h);
      CSS.highlights.set(name, h);
    }
    // Two screens above and below: marks are there before the reader scrolls to them.
    this.#io = new IntersectionObserver((entries) => this.#onIntersect(entries), { rootMargin: '200% 0px 200% 0px' });
  }

  add(marks: readonly Mark[]): void {
    for (const m of marks) {
      let list = this.#byBlock.get(m.block);
      if (!list) {
        list = [];
        this.#byBlock.set(m.block, list);
        this.#io.observe(m.block);
      }
      list.push(m);
      if (this.#near.has(m.block)) this.#draw(m, true);
    }
  }

  /** Which marks the settings show changed: redraw what is near the viewport. */
  setFilter(shown: (m: Mark) => boolean): void {
    this.shown = shown;
    for (const h of this.#highlights.values()) h.clear();
    for (const block of this.#near) for (const m of this.#byBlock.get(block) ?? []) this.#draw(m, true);
  }

  /** Forgets paragraphs that left the page. */
  prune(): void {
    for (const [block, marks] of this.#byBlock) {
      if (block.isConnected) continue;
      for (const m of marks) this.#draw(m, false);
      this.#io.unobserve(block);
      this.#byBlock.delete(block);
      this.#near.delete(block);
    }
  }

  stop(): void {
    this.#io.disconnect();
    for (const name of this.#highlights.keys()) CSS.highlights.delete(name);
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const near = e.isIntersecting;
      if (near === this.#near.has(e.target)) continue;
      if (near) this.#near.add(e.target);
      else this.#near.delete(e.target);
      for (const m of this.#byBlock.get(e.target) ?? []) this.#draw(m, near);
    }
  }

  #draw(m: Mark, on: boolean): void {
    const h = this.#highlights.get(highlightName(m))!;
    if (on && this.shown(m)) h.add(m.range);
    else h.delete(m.range);
  }
}

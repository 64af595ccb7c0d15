import { collectText } from '@/lib/dom/collect-text';
import { MarkIndex, type Mark } from '@/lib/dom/marks';
import type { Settings } from '@/lib/settings';
import { OPENING, scoreDiplomatic } from '@/lib/detect/diplomatic';
import { fold } from '@/lib/text/fold';
import type { EntityMatcher } from '@/lib/entities/matcher';
import { analyseBlock, splitBlocks, toMarkInputs, type BlockResult } from './analyse';
import { readPage, skipElement, type PageFacts } from './page-state';
import { inIdleSlices, yieldToBrowser } from './scheduler';
import { ViewportPainter } from './viewport-painter';

const MARK_BATCH = 1500;

/** Folds only the opening that scoreDiplomatic reads. */
function scoreOpening(text: string, lang: 'fa' | 'ar', results: BlockResult[]) {
  return scoreDiplomatic(fold(text.slice(0, OPENING)).text, lang, results.flatMap((r) => r.entities));
}

/**
 * Marks one page: reads its facts (article, language, publication date), then
 * annotates regions of it in idle slices. Later regions (lazy paragraphs, infinite
 * scroll) are added with `annotateRegion`; the diplomatic decision is made once,
 * on the first region, which is the article.
 */
export class PageAnnotator {
  readonly #parts: { root: Node; index: MarkIndex }[] = [];
  #visible: Mark[] | null = null;
  facts: PageFacts | null = null;
  diplomatic = { score: 0, diplomatic: false };
  readonly #abort = new AbortController();
  readonly #painter: ViewportPainter;

  constructor(private settings: Settings, private readonly matcher: EntityMatcher | undefined, private readonly onChange: () => void) {
    this.#painter = new ViewportPainter((m) => this.#isShown(m));
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  async start(doc: Document): Promise<void> {
    // Each step of reading a huge page is a task of its own.
    await yieldToBrowser();
    this.facts = readPage(doc);
    if (this.facts.lang === 'other') return;
    await this.annotateRegion(this.facts.root, true);
  }

  /** Annotates the text under `root`; returns when every block is done. */
  async annotateRegion(root: Node, first = false): Promise<BlockResult[] | null> {
    const facts = this.facts;
    if (!facts || facts.lang === 'other' || this.signal.aborted) return null;
    await yieldToBrowser();
    const collected = collectText(root, { skip: skipElement });
    if (collected.text.trim().length === 0) return null;
    const ctx = { lang: facts.lang, published: facts.published, matcher: this.matcher };
    const results: BlockResult[] = [];
    await inIdleSlices(splitBlocks(collected.text), (b) => results.push(analyseBlock(b.text, b.start, ctx)), { signal: this.signal });
    if (this.signal.aborted) return null;
    if (first) this.diplomatic = scoreOpening(collected.text, facts.lang, results);
    const inputs = toMarkInputs(results);
    const index = new MarkIndex(collected);
    this.#parts.push({ root, index });
    this.#parts.sort((a, b) => (a.root.compareDocumentPosition(b.root) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    // Placing twenty thousand marks is itself work for several slices.
    const all = [...inputs.dates, ...inputs.entities].sort((a, b) => a.data.start - b.data.start);
    const batches: (typeof all)[] = [];
    for (let i = 0; i < all.length; i += MARK_BATCH) batches.push(all.slice(i, i + MARK_BATCH));
    await inIdleSlices(batches, (batch) => {
      this.#painter.add(index.add(batch));
      this.#visible = null;
    }, { signal: this.signal });
    this.onChange();
    return results;
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.#visible = null;
    this.#painter.setFilter((m) => this.#isShown(m));
    this.onChange();
  }

  /** Are entity marks shown on this page under the current settings? */
  entitiesShown(): boolean {
    const scope = this.settings.annotateEntities;
    return scope === 'all' || (scope === 'diplomatic' && this.diplomatic.diplomatic);
  }

  /** The marks a reader can see, in reading order (cached until something changes). */
  visibleMarks(): Mark[] {
    this.#visible ??= this.#parts.flatMap((p) => p.index.ordered()).filter((m) => this.#isShown(m));
    return this.#visible;
  }

  /** The mark at a caret position, among visible kinds. */
  markAt(node: Node, offset: number): Mark | undefined {
    for (const { index } of this.#parts) {
      const m = index.at(node, offset);
      if (m && this.#isShown(m)) return m;
    }
    return undefined;
  }

  /** Forgets marks whose text left the page (SPA re-renders). */
  prune(): void {
    for (const p of this.#parts) p.index.prune();
    this.#painter.prune();
    this.#visible = null;
  }

  stop(): void {
    this.#abort.abort();
    this.#painter.stop();
  }

  #isShown(m: Mark): boolean {
    return m.kind === 'date' ? this.settings.annotateDates : this.entitiesShown();
  }
}

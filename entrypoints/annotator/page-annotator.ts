import { collectText } from '@/lib/dom/collect-text';
import { MarkIndex, type Mark } from '@/lib/dom/marks';
import type { Settings } from '@/lib/settings';
import { OPENING, couldBeDiplomatic, cueEvidence, scoreFromEvidence } from '@/lib/detect/diplomatic';
import type { TextBlock } from '@/lib/dom/blocks';
import type { DateAnnotation, EntityAnnotation } from '@/lib/types';
import { fold } from '@/lib/text/fold';
import type { EntityMatcher } from '@/lib/entities/matcher';
import { blockDates, chunkEntities, entityChunks, splitBlocks, toMarkInputs, type AnalysisContext } from './analyse';
import { readPage, skipElement, type PageFacts } from './page-state';
import { inSlices, yieldToBrowser } from './scheduler';
import { ViewportPainter } from './viewport-painter';

const MARK_BATCH = 1500;

/**
 * Marks one page: reads its facts (article, language, publication date), then
 * annotates regions of it in short background-priority slices. Later regions (lazy paragraphs, infinite
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

  #entitiesNeeded = false;

  constructor(private settings: Settings, private readonly matcher: () => Promise<EntityMatcher | undefined>, private readonly onChange: () => void) {
    this.#painter = new ViewportPainter((m) => this.#isShown(m));
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** `facts` are given when they are already known (the reader page knows its clip); otherwise read from `doc`. */
  async start(doc: Document, facts?: PageFacts): Promise<void> {
    // Each step of reading a huge page is a task of its own.
    await yieldToBrowser();
    this.facts = facts ?? readPage(doc);
    if (this.facts.lang === 'other') return;
    await this.annotateRegion(this.facts.root, true);
  }

  /** Annotates the text under `root`; resolves when every block is done. */
  async annotateRegion(root: Node, first = false): Promise<void> {
    const facts = this.facts;
    if (!facts || facts.lang === 'other' || this.signal.aborted) return;
    await yieldToBrowser();
    const collected = collectText(root, { skip: skipElement });
    if (collected.text.trim().length === 0) return;
    const ctx = { lang: facts.lang, published: facts.published };
    const blocks = splitBlocks(collected.text);
    const dates: DateAnnotation[] = [];
    await inSlices(blocks, (b) => dates.push(...blockDates(b, ctx)), { signal: this.signal });
    const entities = await this.#entities(collected.text, blocks, ctx, first);
    if (this.signal.aborted) return;
    const index = new MarkIndex(collected);
    this.#parts.push({ root, index });
    this.#parts.sort((a, b) => (a.root.compareDocumentPosition(b.root) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    // Placing twenty thousand marks is itself work for several slices.
    const all = toMarkInputs(dates, entities).sort((a, b) => a.data.start - b.data.start);
    const batches: (typeof all)[] = [];
    for (let i = 0; i < all.length; i += MARK_BATCH) batches.push(all.slice(i, i + MARK_BATCH));
    await inSlices(batches, (batch) => {
      this.#painter.add(index.add(batch));
      this.#visible = null;
    }, { signal: this.signal });
    this.onChange();
  }

  /**
   * Entities, when they will be shown: always with the 'all' scope, and with the
   * 'diplomatic' scope only on an article whose words leave it a chance of being
   * diplomatic (a sports or weather story does not even load the gazetteer).
   */
  async #entities(text: string, blocks: TextBlock[], ctx: AnalysisContext, first: boolean): Promise<EntityAnnotation[]> {
    const scope = this.settings.annotateEntities;
    let said = 0;
    if (first) said = cueEvidence(fold(text.slice(0, OPENING)).text, ctx.lang);
    if (first) this.#entitiesNeeded = scope === 'all' || (scope === 'diplomatic' && couldBeDiplomatic(said));
    if (!this.#entitiesNeeded) return [];
    const matcher = await this.matcher();
    if (!matcher || this.signal.aborted) return [];
    const entities: EntityAnnotation[] = [];
    await inSlices(entityChunks(text, blocks), (c) => entities.push(...chunkEntities(c, matcher, ctx)), { signal: this.signal });
    if (first) this.diplomatic = scoreFromEvidence(said, entities);
    return entities;
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
    this.onChange();
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

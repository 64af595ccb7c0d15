import { collectText } from '@/lib/dom/collect-text';
import { MarkIndex, type Mark } from '@/lib/dom/marks';
import type { Settings } from '@/lib/settings';
import { scoreDiplomatic } from '@/lib/detect/diplomatic';
import { fold } from '@/lib/text/fold';
import type { EntityMatcher } from '@/lib/entities/matcher';
import { analyseBlock, splitBlocks, toMarkInputs, type BlockResult } from './analyse';
import { readPage, skipElement, type PageFacts } from './page-state';
import { inIdleSlices } from './scheduler';

export const HIGHLIGHT_DATE = 'negah-date';
export const HIGHLIGHT_ENTITY = 'negah-entity';

/**
 * Marks one page: reads its facts (article, language, publication date), then
 * annotates regions of it in idle slices. Later regions (lazy paragraphs, infinite
 * scroll) are added with `annotateRegion`; the diplomatic decision is made once,
 * on the first region, which is the article.
 */
export class PageAnnotator {
  readonly parts: MarkIndex[] = [];
  facts: PageFacts | null = null;
  diplomatic = { score: 0, diplomatic: false };
  #abort = new AbortController();

  constructor(private settings: Settings, private readonly matcher: EntityMatcher | undefined, private readonly onChange: () => void) {}

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** `facts` are given when they are already known (the reader page knows its clip); otherwise read from `doc`. */
  async start(doc: Document, facts?: PageFacts): Promise<void> {
    this.facts = facts ?? readPage(doc);
    if (this.facts.lang === 'other') return;
    await this.annotateRegion(this.facts.root, true);
  }

  /** Annotates the text under `root`; returns when every block is done. */
  async annotateRegion(root: Node, first = false): Promise<BlockResult[] | null> {
    const facts = this.facts;
    if (!facts || facts.lang === 'other' || this.signal.aborted) return null;
    const collected = collectText(root, { skip: skipElement });
    if (collected.text.trim().length === 0) return null;
    const ctx = { lang: facts.lang, published: facts.published, matcher: this.matcher };
    const results: BlockResult[] = [];
    await inIdleSlices(splitBlocks(collected.text), (b) => results.push(analyseBlock(b.text, b.start, ctx)), { signal: this.signal });
    if (this.signal.aborted) return null;
    if (first) {
      const entities = results.flatMap((r) => r.entities);
      this.diplomatic = scoreDiplomatic(fold(collected.text).text, facts.lang, entities);
    }
    const inputs = toMarkInputs(results);
    const part = new MarkIndex(collected);
    part.add([...inputs.dates, ...inputs.entities]);
    this.parts.push(part);
    this.onChange();
    return results;
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.onChange();
  }

  /** Are entity marks shown on this page under the current settings? */
  entitiesShown(): boolean {
    const scope = this.settings.annotateEntities;
    return scope === 'all' || (scope === 'diplomatic' && this.diplomatic.diplomatic);
  }

  /** The marks a reader can see now, in document order. */
  visibleMarks(): Mark[] {
    const kinds = new Set<Mark['kind']>();
    if (this.settings.annotateDates) kinds.add('date');
    if (this.entitiesShown()) kinds.add('entity');
    const marks = this.parts.flatMap((p) => p.ordered()).filter((m) => kinds.has(m.kind));
    return marks.sort(byDocumentOrder);
  }

  /** The mark at a caret position, among visible kinds. */
  markAt(node: Node, offset: number): Mark | undefined {
    for (const part of this.parts) {
      const m = part.at(node, offset);
      if (m && (m.kind === 'date' ? this.settings.annotateDates : this.entitiesShown())) return m;
    }
    return undefined;
  }

  /** Draws the highlights for the visible marks; returns how many there are. */
  paint(): number {
    const marks = this.visibleMarks();
    CSS.highlights.set(HIGHLIGHT_DATE, new Highlight(...marks.filter((m) => m.kind === 'date').map((m) => m.range)));
    CSS.highlights.set(HIGHLIGHT_ENTITY, new Highlight(...marks.filter((m) => m.kind === 'entity').map((m) => m.range)));
    return marks.length;
  }

  /** Forgets marks whose text left the page (SPA re-renders). */
  prune(): void {
    for (const p of this.parts) p.prune();
  }

  stop(): void {
    this.#abort.abort();
    CSS.highlights.delete(HIGHLIGHT_DATE);
    CSS.highlights.delete(HIGHLIGHT_ENTITY);
  }
}

function byDocumentOrder(a: Mark, b: Mark): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

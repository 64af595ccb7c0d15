/**
 * The marks Negah drew on a page: each annotation with its StaticRange, findable
 * by text node (for hover) and in reading order (for keyboard stepping).
 */
import type { DateAnnotation, EntityAnnotation } from '../types';
import type { CollectedText } from './collect-text';
import { spansToRanges } from './ranges';

export type Mark =
  | { kind: 'date'; start: number; end: number; data: DateAnnotation; range: StaticRange }
  | { kind: 'entity'; start: number; end: number; data: EntityAnnotation; range: StaticRange };

export type MarkInput = { kind: 'date'; data: DateAnnotation } | { kind: 'entity'; data: EntityAnnotation };

export class MarkIndex {
  readonly #byNode = new Map<Text, Mark[]>();
  #starts: Map<Text, number> | null = null;
  #ordered: Mark[] = [];
  #sorted = true;

  constructor(private readonly collected: CollectedText) {}

  /** Adds marks for spans of the collected text; returns the ones that could be placed. */
  add(inputs: MarkInput[]): Mark[] {
    const ranges = spansToRanges(this.collected, inputs.map((i) => i.data));
    const added: Mark[] = [];
    inputs.forEach((input, i) => {
      const range = ranges[i];
      if (!range) return;
      const mark = { ...input, start: input.data.start, end: input.data.end, range } as Mark;
      for (const node of this.nodesOf(mark)) {
        const list = this.#byNode.get(node);
        if (list) list.push(mark);
        else this.#byNode.set(node, [mark]);
      }
      this.#ordered.push(mark);
      added.push(mark);
    });
    this.#sorted = false;
    return added;
  }

  /** The mark covering a caret position, if any. */
  at(node: Node, offset: number): Mark | undefined {
    const list = this.#byNode.get(node as Text);
    if (!list) return undefined;
    const segStart = this.#segmentStart(node as Text);
    if (segStart === undefined) return undefined;
    const pos = segStart + offset;
    return list.find((m) => pos >= m.start && pos < m.end) ?? list.find((m) => pos === m.end);
  }

  /** All marks in reading order. */
  ordered(kind?: Mark['kind']): Mark[] {
    if (!this.#sorted) {
      this.#ordered.sort((a, b) => a.start - b.start);
      this.#sorted = true;
    }
    return kind ? this.#ordered.filter((m) => m.kind === kind) : this.#ordered;
  }

  count(kind?: Mark['kind']): number {
    return kind ? this.#ordered.filter((m) => m.kind === kind).length : this.#ordered.length;
  }

  ranges(kind: Mark['kind']): StaticRange[] {
    return this.ordered(kind).map((m) => m.range);
  }

  /** Forgets marks whose text nodes left the document. */
  prune(): void {
    this.#ordered = this.#ordered.filter((m) => m.range.startContainer.isConnected && m.range.endContainer.isConnected);
    for (const node of this.#byNode.keys()) if (!node.isConnected) this.#byNode.delete(node);
  }

  #segmentStart(node: Text): number | undefined {
    this.#starts ??= new Map(this.collected.segments.map((s) => [s.node, s.start]));
    return this.#starts.get(node);
  }

  private nodesOf(mark: { start: number; end: number }): Text[] {
    return this.collected.segments
      .filter((s) => s.start < mark.end && s.start + s.node.data.length > mark.start)
      .map((s) => s.node);
  }
}

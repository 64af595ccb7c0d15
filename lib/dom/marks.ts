/**
 * The marks Negah drew on a page: each annotation with its StaticRange and the
 * block element it sits in, findable by text node (for hover) and in reading
 * order (for keyboard stepping).
 */
import type { DateAnnotation, EntityAnnotation } from '../types';
import type { CollectedText } from './collect-text';
import { spansToRanges } from './ranges';
import { parentOf, tagOf } from './safe-dom';

interface MarkBase {
  start: number;
  end: number;
  range: StaticRange;
  /** The paragraph-level element the mark starts in: the unit of viewport painting. */
  block: Element;
}

export type Mark =
  | (MarkBase & { kind: 'date'; data: DateAnnotation })
  | (MarkBase & { kind: 'entity'; data: EntityAnnotation });

export type MarkInput = { kind: 'date'; data: DateAnnotation } | { kind: 'entity'; data: EntityAnnotation };

const INLINE = /^(A|ABBR|B|BDI|BDO|CITE|DATA|DFN|EM|FONT|I|INS|DEL|LABEL|MARK|Q|S|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR)$/;

export class MarkIndex {
  readonly #byNode = new Map<Text, Mark[]>();
  #starts: Map<Text, number> | null = null;
  /** In text order: marks are added block by block, so this stays sorted by `start`. */
  #ordered: Mark[] = [];

  constructor(private readonly collected: CollectedText) {}

  /** Adds marks for spans of the collected text (in text order); returns the ones that could be placed. */
  add(inputs: MarkInput[]): Mark[] {
    const sorted = [...inputs].sort((a, b) => a.data.start - b.data.start);
    const ranges = spansToRanges(this.collected, sorted.map((i) => i.data));
    const added: Mark[] = [];
    sorted.forEach((input, i) => {
      const range = ranges[i];
      if (!range) return;
      const mark = { ...input, start: input.data.start, end: input.data.end, range, block: blockOf(range.startContainer) } as Mark;
      for (const node of this.#nodesOf(mark)) {
        const list = this.#byNode.get(node);
        if (list) list.push(mark);
        else this.#byNode.set(node, [mark]);
      }
      added.push(mark);
    });
    this.#ordered = mergeByStart(this.#ordered, added);
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
  ordered(): readonly Mark[] {
    return this.#ordered;
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

  /** The text nodes a mark touches, by binary search over the segments. */
  #nodesOf(mark: { start: number; end: number }): Text[] {
    const segs = this.collected.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.start <= mark.start) lo = mid;
      else hi = mid - 1;
    }
    const nodes: Text[] = [];
    for (let i = lo; i < segs.length && segs[i]!.start < mark.end; i++) nodes.push(segs[i]!.node);
    return nodes;
  }
}

function blockOf(node: Node): Element {
  let el = parentOf(node)!;
  for (let parent = parentOf(el); INLINE.test(tagOf(el)) && parent; parent = parentOf(el)) el = parent;
  return el;
}

function mergeByStart(a: Mark[], b: Mark[]): Mark[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  if (a.at(-1)!.start <= b[0]!.start) return a.concat(b);
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

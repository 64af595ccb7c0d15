/**
 * A trie over folded keys in flat typed arrays: an open-addressing edge table
 * (node, code unit) → child, so that building 20,000 keys takes a few
 * milliseconds and a step costs a hash and a compare. A space in a key is not
 * an edge: it marks the node before it as one where the text may have a space
 * (the matcher skips one there) or nothing.
 */

export class KeyTrie {
  private readonly mask: number;
  private readonly edgeNode: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeChild: Int32Array;
  private readonly breakOk: Uint8Array;
  /** First payload of each node (index into payloadValue), -1 when none. */
  private readonly payloadHead: Int32Array;
  private payloadValue: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private payloadNext: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private payloadCount = 0;
  private nodes = 1;
  /** Children of the root by code unit (-1: none): the first step of every walk without hashing. */
  private readonly rootChild = new Int32Array(0x10000).fill(-1);

  /** `capacity`: at least the total number of non-space code units of all keys. */
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.mask = size - 1;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeCode = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    this.breakOk = new Uint8Array(capacity + 1);
    this.payloadHead = new Int32Array(capacity + 1).fill(-1);
  }

  /** Adds `key` (spaces = optional breaks) with an integer payload. */
  insert(key: string, payload: number): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code === 0x20) {
        this.breakOk[node] = 1;
        continue;
      }
      const child = this.child(node, code);
      node = child >= 0 ? child : this.addEdge(node, code);
    }
    if (node > 0) this.addPayload(node, payload);
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootChild[code] ?? -1;
    let h = hash(node, code) & this.mask;
    for (;;) {
      const n = this.edgeNode[h]!;
      if (n === -1) return -1;
      if (n === node && this.edgeCode[h] === code) return this.edgeChild[h]!;
      h = (h + 1) & this.mask;
    }
  }

  /** Whether the text may have a space right after the prefix `node` stands for. */
  breakAfter(node: number): boolean {
    return this.breakOk[node] === 1;
  }

  hasPayload(node: number): boolean {
    return this.payloadHead[node]! >= 0;
  }

  /** Allocation-free iteration: the first payload slot of `node` (-1: none), then nextSlot until -1. */
  firstSlot(node: number): number {
    return this.payloadHead[node]!;
  }

  nextSlot(slot: number): number {
    return this.payloadNext[slot]!;
  }

  slotValue(slot: number): number {
    return this.payloadValue[slot]!;
  }

  get size(): number {
    return this.nodes;
  }

  private addEdge(node: number, code: number): number {
    if (this.nodes >= this.payloadHead.length) throw new Error('KeyTrie: capacity exceeded');
    let h = hash(node, code) & this.mask;
    while (this.edgeNode[h] !== -1) h = (h + 1) & this.mask;
    this.edgeNode[h] = node;
    this.edgeCode[h] = code;
    const child = this.nodes++;
    this.edgeChild[h] = child;
    if (node === 0) this.rootChild[code] = child;
    return child;
  }

  private addPayload(node: number, payload: number): void {
    for (let p = this.payloadHead[node]!; p >= 0; p = this.payloadNext[p]!) if (this.payloadValue[p] === payload) return;
    if (this.payloadCount === this.payloadValue.length) {
      this.payloadValue = grow(this.payloadValue);
      this.payloadNext = grow(this.payloadNext);
    }
    const p = this.payloadCount++;
    this.payloadValue[p] = payload;
    this.payloadNext[p] = this.payloadHead[node]!;
    this.payloadHead[node] = p;
  }
}

function hash(node: number, code: number): number {
  return Math.imul(node ^ (code << 15) ^ code, 0x9e3779b1) >>> 7;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

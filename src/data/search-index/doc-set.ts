/** Bits set in a 32-bit word. */
export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A set of doc numbers below `size` as a bitset: the form of every result set, so that intersections,
 * counts, doc ranges (dates) and pages are word operations.
 */
export class DocSet {
  readonly words: Uint32Array;

  constructor(
    readonly size: number,
    words?: Uint32Array,
  ) {
    this.words = words ?? new Uint32Array(Math.ceil(size / 32));
  }

  static full(size: number): DocSet {
    return DocSet.range(size, 0, size);
  }

  /** The docs in [from, to). */
  static range(size: number, from: number, to: number): DocSet {
    const set = new DocSet(size);
    const lo = Math.max(0, from);
    const hi = Math.min(size, to);
    for (let doc = lo; doc < hi && doc % 32 !== 0; doc++) set.add(doc);
    let doc = Math.max(lo, Math.ceil(lo / 32) * 32);
    for (; doc + 32 <= hi; doc += 32) set.words[doc >>> 5] = 0xffffffff;
    for (; doc < hi; doc++) set.add(doc);
    return set;
  }

  static of(size: number, docs: Iterable<number>): DocSet {
    const set = new DocSet(size);
    for (const doc of docs) set.add(doc);
    return set;
  }

  clone(): DocSet {
    return new DocSet(this.size, this.words.slice());
  }

  add(doc: number): void {
    this.words[doc >>> 5] = (this.words[doc >>> 5] ?? 0) | (1 << (doc & 31));
  }

  has(doc: number): boolean {
    return doc >= 0 && doc < this.size && ((this.words[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0;
  }

  and(other: DocSet): this {
    const { words } = this;
    for (let i = 0; i < words.length; i++) words[i] = (words[i] ?? 0) & (other.words[i] ?? 0);
    return this;
  }

  or(other: DocSet): this {
    const { words } = this;
    for (let i = 0; i < words.length; i++) words[i] = (words[i] ?? 0) | (other.words[i] ?? 0);
    return this;
  }

  andNot(other: DocSet): this {
    const { words } = this;
    for (let i = 0; i < words.length; i++) words[i] = (words[i] ?? 0) & ~(other.words[i] ?? 0);
    return this;
  }

  count(): number {
    return this.countRange(0, this.size);
  }

  /** Members in [from, to). */
  countRange(from: number, to: number): number {
    const lo = Math.max(0, from);
    const hi = Math.min(this.size, to);
    let total = 0;
    let doc = lo;
    for (; doc < hi && doc % 32 !== 0; doc++) if (this.has(doc)) total++;
    for (; doc + 32 <= hi; doc += 32) total += popcount(this.words[doc >>> 5] ?? 0);
    for (; doc < hi; doc++) if (this.has(doc)) total++;
    return total;
  }

  /** How many of `docs` (any order) are members. */
  countOf(docs: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < docs.length; i++) if (this.has(docs[i] ?? -1)) total++;
    return total;
  }

  /** Up to `limit` members in [from, to), ascending, after skipping `skip` of them. */
  ascending(from: number, to: number, skip: number, limit: number): number[] {
    const out: number[] = [];
    let left = skip;
    let doc = Math.max(0, from);
    const hi = Math.min(this.size, to);
    while (doc < hi && out.length < limit) {
      const word = this.words[doc >>> 5] ?? 0;
      if (doc % 32 === 0 && doc + 32 <= hi) {
        if (word === 0) {
          doc += 32;
          continue;
        }
        const bits = popcount(word);
        if (bits <= left) {
          left -= bits;
          doc += 32;
          continue;
        }
      }
      if (word & (1 << (doc & 31))) {
        if (left > 0) left--;
        else out.push(doc);
      }
      doc++;
    }
    return out;
  }

  /** Up to `limit` members in [from, to), descending, after skipping `skip` of them. */
  descending(from: number, to: number, skip: number, limit: number): number[] {
    const out: number[] = [];
    let left = skip;
    const lo = Math.max(0, from);
    let doc = Math.min(this.size, to) - 1;
    while (doc >= lo && out.length < limit) {
      const word = this.words[doc >>> 5] ?? 0;
      if ((doc & 31) === 31 && doc - 31 >= lo) {
        if (word === 0) {
          doc -= 32;
          continue;
        }
        const bits = popcount(word);
        if (bits <= left) {
          left -= bits;
          doc -= 32;
          continue;
        }
      }
      if (word & (1 << (doc & 31))) {
        if (left > 0) left--;
        else out.push(doc);
      }
      doc--;
    }
    return out;
  }

  /** Every member, ascending. */
  *[Symbol.iterator](): IterableIterator<number> {
    const { words } = this;
    for (let i = 0; i < words.length; i++) {
      let word = words[i] ?? 0;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        yield i * 32 + bit;
        word &= word - 1;
      }
    }
  }
}

import { CorruptDataError } from '../../../data/search-index/bytes';
import type { IndexDirectory } from '../../../data/search-index/index-files';

/** One part of an index in segments (decision 0024): its own chunks, its docs numbered 0… within them. */
export interface IndexPart {
  /** Which doc each of the part's docs is, ascending; null for the base (the docs no segment holds). */
  globals: Uint32Array | null;
  count: number;
  terms: IndexDirectory['terms'];
  rows: string[];
  ids: string[];
}

function lowerBound(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where each doc of an index in segments lives: the appended segments (newest first), then the base. Docs
 * are numbered in list order across all parts; each part's chunks number its own docs from 0.
 */
export class SegmentMap {
  readonly parts: IndexPart[];
  /** Every doc some segment holds, ascending. */
  private readonly inSegments: Uint32Array;

  constructor(directory: IndexDirectory, segmentDocs: readonly Uint32Array[]) {
    const segments = directory.segments ?? [];
    this.parts = segments.map((segment, i) => {
      const globals = segmentDocs[i] ?? new Uint32Array(0);
      if (globals.length !== segment.count)
        throw new CorruptDataError('a segment lists the wrong number of docs');
      return { globals, count: segment.count, terms: segment.terms, rows: segment.rows, ids: segment.ids };
    });
    const all = Uint32Array.from(segmentDocs.flatMap((docs) => Array.from(docs))).sort();
    for (let i = 1; i < all.length; i++)
      if (all[i] === all[i - 1]) throw new CorruptDataError('two segments hold the same doc');
    if (all.length && (all[all.length - 1] ?? 0) >= directory.count)
      throw new CorruptDataError('a segment holds a doc past the count');
    this.inSegments = all;
    this.parts.push({
      globals: null,
      count: directory.count - all.length,
      terms: directory.terms,
      rows: directory.rows.files,
      ids: directory.ids.files,
    });
  }

  /** The part holding `doc` and its number there. */
  locate(doc: number): { part: number; local: number } {
    for (let part = 0; part < this.parts.length - 1; part++) {
      const globals = this.parts[part]?.globals ?? new Uint32Array(0);
      const at = lowerBound(globals, doc);
      if (globals[at] === doc) return { part, local: at };
    }
    return { part: this.parts.length - 1, local: doc - lowerBound(this.inSegments, doc) };
  }

  /** The docs (ascending) that a part's own numbers (ascending) stand for. */
  globals(part: number, locals: Uint32Array): Uint32Array {
    const own = this.parts[part]?.globals;
    const out = new Uint32Array(locals.length);
    if (own) {
      locals.forEach((local, i) => {
        const doc = own[local];
        if (doc === undefined) throw new CorruptDataError(`no doc ${local} in its segment`);
        out[i] = doc;
      });
      return out;
    }
    // The base's k-th doc is the k-th doc no segment holds.
    const taken = this.inSegments;
    let j = 0;
    locals.forEach((local, i) => {
      while (j < taken.length && (taken[j] ?? 0) <= local + j) j++;
      out[i] = local + j;
    });
    return out;
  }
}

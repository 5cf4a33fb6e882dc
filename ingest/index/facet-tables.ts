import {
  FACET_KINDS,
  type FacetKind,
  type FacetTable,
  type IndexDirectory,
  type TableValue,
} from '../../src/data/search-index/index-files';
import { ByteReader, ByteWriter, CorruptDataError } from '../../src/data/search-index/bytes';

/** A value named by at least this many docs gets a co-occurrence table (decision 0030). */
export const TABLE_MIN_DOCS = 1000;
/** Values kept per facet in a co-occurrence table (as many as the cold file keeps of the archive). */
export const TABLE_VALUES = 100;
/** First docs kept in a table: a first page and the next, without the value's posting list. */
export const TABLE_DOCS = 120;
/** Bound on a table chunk's bytes: a query reads one table, so chunks stay small. */
export const TABLE_CHUNK_BYTES = 16 * 1024;

/** Format of the tables' counts file (decision 0032): bumped when it changes, so an old one is recomputed. */
const COUNTS_FORMAT = 1;

export interface TableOptions {
  min?: number;
  values?: number;
  docs?: number;
  chunkBytes?: number;
  /**
   * The tables' full counts (decision 0032), kept beside the doc store, never served: `keep` is given the
   * counts this build's tables come from; an append passes the previous version's as `previous` (with what
   * its docs add, `TableDelta`) and updates them instead of counting over the whole archive.
   */
  counts?: { keep?: (bytes: Uint8Array) => void };
}

/** What an append adds to the previous version's tables. */
export interface TableDelta {
  /** The previous version's counts file (as `keep` was given it). */
  previous: Uint8Array;
  /** Per facet, the values the previous version named. */
  before: Record<FacetKind, ReadonlySet<string>>;
  /** The new docs' values per facet (each once), as `docValues` gives them. */
  added: readonly Record<FacetKind, readonly string[]>[];
  /** Docs in the previous version. */
  count: number;
}

type Ranked = Record<FacetKind, readonly (readonly [string, ArrayLike<number>])[]>;

/**
 * A tabled value's co-occurring values in one facet: positions in that facet's values sorted by id
 * (ascending; stable across appends, which only insert values) and how many of its docs name each.
 */
interface CoCounts {
  at: Uint32Array;
  counts: Uint32Array;
}
type ValueCounts = Record<FacetKind, CoCounts>;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const encoder = new TextEncoder();
const jsonBytes = (value: unknown) => encoder.encode(`${JSON.stringify(value)}\n`);

/** Each facet's values sorted by id, and per rank its position there. */
function idOrder(
  ranked: Ranked,
): Record<FacetKind, { ids: string[]; posOfRank: Uint32Array; rankOfPos: Uint32Array }> {
  const out = {} as ReturnType<typeof idOrder>;
  for (const kind of FACET_KINDS) {
    const ranks = Array.from(ranked[kind], (_, rank) => rank).sort((a, b) =>
      byString(ranked[kind][a]?.[0] ?? '', ranked[kind][b]?.[0] ?? ''),
    );
    const posOfRank = new Uint32Array(ranks.length);
    ranks.forEach((rank, pos) => (posOfRank[rank] = pos));
    out[kind] = {
      ids: ranks.map((rank) => ranked[kind][rank]?.[0] ?? ''),
      posOfRank,
      rankOfPos: Uint32Array.from(ranks),
    };
  }
  return out;
}

/** How many values lead each facet's ranks with at least `min` docs (values are ranked by count). */
function tabledCounts(ranked: Ranked, min: number): Record<FacetKind, number> {
  const out = {} as Record<FacetKind, number>;
  for (const kind of FACET_KINDS) {
    let n = 0;
    while (n < ranked[kind].length && (ranked[kind][n]?.[1].length ?? 0) >= min) n++;
    out[kind] = n;
  }
  return out;
}

/** Each doc's values per facet, as ranks (compressed rows: docs' starts, then the ranks). */
function docRanks(
  count: number,
  ranked: Ranked,
): Record<FacetKind, { starts: Uint32Array; ranks: Uint32Array }> {
  const byDoc = {} as Record<FacetKind, { starts: Uint32Array; ranks: Uint32Array }>;
  for (const kind of FACET_KINDS) {
    const starts = new Uint32Array(count + 1);
    for (const [, docs] of ranked[kind])
      for (let i = 0; i < docs.length; i++) {
        const at = (docs[i] ?? 0) + 1;
        starts[at] = (starts[at] ?? 0) + 1;
      }
    for (let doc = 0; doc < count; doc++) starts[doc + 1] = (starts[doc + 1] ?? 0) + (starts[doc] ?? 0);
    const fill = starts.slice(0, count);
    const ranks = new Uint32Array(starts[count] ?? 0);
    ranked[kind].forEach(([, docs], rank) => {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? 0;
        ranks[fill[doc] ?? 0] = rank;
        fill[doc] = (fill[doc] ?? 0) + 1;
      }
    });
    byDoc[kind] = { starts, ranks };
  }
  return byDoc;
}

/**
 * Adds to `counts` (by rank) how many of `docs` name each value of one facet; returns the ranks counted
 * (each once), so the caller reads them and sets them back to 0.
 */
function tallyValues(
  docs: ArrayLike<number>,
  { starts, ranks }: { starts: Uint32Array; ranks: Uint32Array },
  counts: Uint32Array,
): number[] {
  const touched: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    for (let at = starts[doc] ?? 0; at < (starts[doc + 1] ?? 0); at++) {
      const r = ranks[at] ?? 0;
      if (counts[r] === 0) touched.push(r);
      counts[r] = (counts[r] ?? 0) + 1;
    }
  }
  return touched;
}

/** A table's count, first docs and docs per month (`months` long at most); its facets are the caller's. */
function tableHead(
  value: string,
  docs: ArrayLike<number>,
  monthOf: Int32Array,
  months: number,
  keepDocs: number,
): FacetTable {
  const perMonth = new Array<number>(months).fill(0);
  for (let i = 0; i < docs.length; i++) {
    const m = monthOf[docs[i] ?? 0] ?? -1;
    if (m >= 0) perMonth[m] = (perMonth[m] ?? 0) + 1;
  }
  while (perMonth.length && perMonth[perMonth.length - 1] === 0) perMonth.pop();
  return {
    value,
    count: docs.length,
    docs: Array.from({ length: Math.min(keepDocs, docs.length) }, (_, i) => docs[i] ?? 0),
    months: perMonth,
    facets: {} as FacetTable['facets'],
  };
}

const monthCount = (monthOf: Int32Array) => {
  let months = 0;
  for (const m of monthOf) if (m + 1 > months) months = m + 1;
  return months;
};

/** Every tabled value's counts, over all docs: the sum over those values of their docs' values. */
function countAll(
  count: number,
  ranked: Ranked,
  tabled: Record<FacetKind, number>,
  order: ReturnType<typeof idOrder>,
): Record<FacetKind, ValueCounts[]> {
  const byDoc = docRanks(count, ranked);
  const tally = {} as Record<FacetKind, Uint32Array>;
  for (const kind of FACET_KINDS) tally[kind] = new Uint32Array(ranked[kind].length);
  const out = {} as Record<FacetKind, ValueCounts[]>;
  for (const kind of FACET_KINDS) {
    out[kind] = [];
    for (let rank = 0; rank < tabled[kind]; rank++) {
      const docs = ranked[kind][rank]?.[1] ?? [];
      const value = {} as ValueCounts;
      for (const other of FACET_KINDS) {
        const counts = tally[other];
        const touched = tallyValues(docs, byDoc[other], counts);
        const { posOfRank } = order[other];
        const at = Uint32Array.from(touched, (r) => posOfRank[r] ?? 0).sort();
        const rankOfPos = order[other].rankOfPos;
        value[other] = { at, counts: Uint32Array.from(at, (pos) => counts[rankOfPos[pos] ?? 0] ?? 0) };
        for (const r of touched) counts[r] = 0;
      }
      out[kind].push(value);
    }
  }
  return out;
}

/** One value's counts from its docs alone (a value that became common in this append): every list read once. */
function countOne(docs: ArrayLike<number>, count: number, ranked: Ranked, order: ReturnType<typeof idOrder>) {
  const mine = new Uint8Array(count);
  for (let i = 0; i < docs.length; i++) mine[docs[i] ?? 0] = 1;
  const value = {} as ValueCounts;
  for (const other of FACET_KINDS) {
    const at: number[] = [];
    const counts: number[] = [];
    const perPos = new Uint32Array(ranked[other].length);
    ranked[other].forEach(([, list], rank) => {
      let n = 0;
      for (let i = 0; i < list.length; i++) n += mine[list[i] ?? 0] ?? 0;
      perPos[order[other].posOfRank[rank] ?? 0] = n;
    });
    perPos.forEach((n, pos) => {
      if (n === 0) return;
      at.push(pos);
      counts.push(n);
    });
    value[other] = { at: Uint32Array.from(at), counts: Uint32Array.from(counts) };
  }
  return value;
}

function encodeCounts(
  min: number,
  count: number,
  ranked: Ranked,
  all: Record<FacetKind, ValueCounts[]>,
): Uint8Array {
  const out = new ByteWriter(1 << 16);
  out.varint(COUNTS_FORMAT);
  out.varint(min);
  out.varint(count);
  for (const kind of FACET_KINDS) out.varint(ranked[kind].length);
  for (const kind of FACET_KINDS) {
    out.varint(all[kind].length);
    all[kind].forEach((value, rank) => {
      out.string(ranked[kind][rank]?.[0] ?? '');
      for (const other of FACET_KINDS) {
        const { at, counts } = value[other];
        out.varint(at.length);
        let last = 0;
        for (const pos of at) {
          out.varint(pos - last);
          last = pos;
        }
        for (const n of counts) out.varint(n);
      }
    });
  }
  return out.finish();
}

/**
 * The previous version's counts, each value's positions moved to this version's id order and the new
 * docs' values added; values that became common are counted from their docs. Null when the file is not
 * the previous version's (another format, `min`, doc or value count): then everything is counted again.
 */
function updateCounts(
  delta: TableDelta,
  min: number,
  count: number,
  ranked: Ranked,
  tabled: Record<FacetKind, number>,
  order: ReturnType<typeof idOrder>,
): Record<FacetKind, ValueCounts[]> | null {
  const reader = new ByteReader(delta.previous);
  try {
    if (reader.varint() !== COUNTS_FORMAT || reader.varint() !== min || reader.varint() !== delta.count)
      return null;
    for (const kind of FACET_KINDS) if (reader.varint() !== delta.before[kind].size) return null;
    // Old position → new: appends only insert values, so the id order of the old ones is kept.
    const moved = {} as Record<FacetKind, Uint32Array>;
    const rankOf = {} as Record<FacetKind, Map<string, number>>;
    for (const kind of FACET_KINDS) {
      const map = new Uint32Array(delta.before[kind].size);
      let old = 0;
      order[kind].ids.forEach((id, pos) => {
        if (delta.before[kind].has(id)) map[old++] = pos;
      });
      if (old !== map.length) return null;
      moved[kind] = map;
      rankOf[kind] = new Map(ranked[kind].slice(0, tabled[kind]).map(([id], rank) => [id, rank]));
    }
    // What the new docs add to each tabled value: per value, per facet, new positions.
    const adds = {} as Record<FacetKind, Map<number, Record<FacetKind, number[]>>>;
    const posOf = {} as Record<FacetKind, Map<string, number>>;
    for (const kind of FACET_KINDS) {
      adds[kind] = new Map();
      posOf[kind] = new Map();
    }
    for (const values of delta.added)
      for (const kind of FACET_KINDS) for (const id of values[kind]) posOf[kind].set(id, 0);
    for (const kind of FACET_KINDS)
      ranked[kind].forEach(([id], rank) => {
        if (posOf[kind].has(id)) posOf[kind].set(id, order[kind].posOfRank[rank] ?? 0);
      });
    const position = (kind: FacetKind, id: string) => posOf[kind].get(id) ?? 0;
    for (const values of delta.added)
      for (const kind of FACET_KINDS)
        for (const id of values[kind]) {
          const rank = rankOf[kind].get(id);
          if (rank === undefined) continue;
          let held = adds[kind].get(rank);
          if (!held) adds[kind].set(rank, (held = { person: [], country: [], event: [], org: [] }));
          for (const other of FACET_KINDS)
            for (const w of values[other]) held[other].push(position(other, w));
        }
    const all = {} as Record<FacetKind, (ValueCounts | null)[]>;
    for (const kind of FACET_KINDS) all[kind] = new Array<ValueCounts | null>(tabled[kind]).fill(null);
    for (const kind of FACET_KINDS) {
      const values = reader.varint();
      for (let i = 0; i < values; i++) {
        const rank = rankOf[kind].get(reader.string());
        if (rank === undefined) return null;
        const value = {} as ValueCounts;
        for (const other of FACET_KINDS) {
          const n = reader.varint();
          const at = new Uint32Array(n);
          const map = moved[other];
          for (let j = 0, last = 0; j < n; j++) at[j] = map[(last += reader.varint())] ?? 0;
          const counts = new Uint32Array(n);
          for (let j = 0; j < n; j++) counts[j] = reader.varint();
          const plus = adds[kind].get(rank)?.[other];
          value[other] = plus?.length ? addTo({ at, counts }, plus) : { at, counts };
        }
        all[kind][rank] = value;
      }
    }
    if (!reader.done) return null;
    const out = {} as Record<FacetKind, ValueCounts[]>;
    for (const kind of FACET_KINDS)
      out[kind] = all[kind].map(
        (value, rank) => value ?? countOne(ranked[kind][rank]?.[1] ?? [], count, ranked, order),
      );
    return out;
  } catch (error) {
    if (error instanceof CorruptDataError) return null;
    throw error;
  }
}

/** `counts` with one more at each of `plus` (positions, any order, repeats counted). */
function addTo({ at, counts }: CoCounts, plus: readonly number[]): CoCounts {
  const extra = [...plus].sort((a, b) => a - b);
  const outAt: number[] = [];
  const outCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < at.length || j < extra.length) {
    const pos = Math.min(at[i] ?? Infinity, extra[j] ?? Infinity);
    let n = at[i] === pos ? (counts[i++] ?? 0) : 0;
    while (extra[j] === pos) {
      n++;
      j++;
    }
    outAt.push(pos);
    outCounts.push(n);
  }
  return { at: Uint32Array.from(outAt), counts: Uint32Array.from(outCounts) };
}

/** The `keep` most frequent of `value`'s co-occurring values, by count (descending), ties by global rank. */
function topValues(
  { at, counts }: CoCounts,
  keep: number,
  rankOfPos: Uint32Array,
): { rank: number; count: number }[] {
  let least = 0;
  if (at.length > keep) least = Uint32Array.from(counts).sort().reverse()[keep - 1] ?? 0;
  const top: { rank: number; count: number }[] = [];
  for (let i = 0; i < at.length; i++) {
    const n = counts[i] ?? 0;
    if (n >= least) top.push({ rank: rankOfPos[at[i] ?? 0] ?? 0, count: n });
  }
  return top.sort((a, b) => b.count - a.count || a.rank - b.rank).slice(0, keep);
}

/**
 * Co-occurrence tables (decision 0030): for each value named by at least `min` docs (a prefix of the
 * ranks), the exact counts of every facet's most frequent values within its docs, how many distinct
 * values they name, its docs per month and its first docs. Written into `facets[kind].tables`.
 * Deterministic: ties by global rank. Counted over every doc (the sum over those values of their docs'
 * values), or, given the previous version's counts and what an append adds (`delta`, decision 0032),
 * updated from them: the same tables either way. Says which it did ('none': no value is that common).
 */
export function writeFacetTables(
  chunk: (kind: string, extension: 'json' | 'bin', bytes: Uint8Array) => string,
  count: number,
  ranked: Ranked,
  label: (kind: FacetKind, id: string) => string,
  monthOf: Int32Array,
  facets: IndexDirectory['facets'],
  {
    min = TABLE_MIN_DOCS,
    values: keep = TABLE_VALUES,
    docs: keepDocs = TABLE_DOCS,
    chunkBytes = TABLE_CHUNK_BYTES,
    counts: keepCounts,
  }: TableOptions = {},
  delta?: TableDelta,
): 'none' | 'counted' | 'updated' {
  if (min < 1) throw new Error('a table needs at least one doc');
  const tabled = tabledCounts(ranked, min);
  // Values are ranked by count: when no facet's first reaches `min`, there is no table to write.
  if (FACET_KINDS.every((kind) => tabled[kind] === 0)) return 'none';
  const order = idOrder(ranked);
  const updated = delta && updateCounts(delta, min, count, ranked, tabled, order);
  const all = updated ?? countAll(count, ranked, tabled, order);
  keepCounts?.keep?.(encodeCounts(min, count, ranked, all));
  const months = monthCount(monthOf);
  for (const kind of FACET_KINDS) {
    const chunks: { first: number; file: string }[] = [];
    let tables: FacetTable[] = [];
    let first = 0;
    let size = 0;
    const flush = (next: number) => {
      if (tables.length) chunks.push({ first, file: chunk(`table-${kind}`, 'json', jsonBytes(tables)) });
      tables = [];
      first = next;
      size = 0;
    };
    for (let rank = 0; rank < tabled[kind]; rank++) {
      const [value, docs] = ranked[kind][rank] ?? ['', []];
      const table = tableHead(value, docs, monthOf, months, keepDocs);
      const co = all[kind][rank] as ValueCounts;
      for (const other of FACET_KINDS)
        table.facets[other] = {
          distinct: co[other].at.length,
          values: topValues(co[other], keep, order[other].rankOfPos).map(
            ({ rank: r, count: n }): TableValue => {
              const id = ranked[other][r]?.[0] ?? '';
              return [id, label(other, id), r, n];
            },
          ),
        };
      const bytes = jsonBytes(table).length;
      if (size > 0 && size + bytes > chunkBytes) flush(rank);
      tables.push(table);
      size += bytes;
    }
    flush(tabled[kind]);
    if (chunks.length) facets[kind].tables = { min, values: tabled[kind], chunks };
  }
  return updated ? 'updated' : 'counted';
}

/** The co-occurrence table of one value (or word) over its docs, ascending. */
export type TableMaker = (value: string, docs: ArrayLike<number>) => FacetTable;

/**
 * The maker of one table over given docs (ascending), as a facet value's is made (decision 0034's word
 * tables): its count, first docs, docs per month and per facet the distinct values and the most frequent,
 * ties by global rank. The work of a table is the sum over its docs of their values. The per-doc ranks are
 * built at the first table: none when no word is common enough to have one.
 */
export function tableMaker(
  count: number,
  ranked: Ranked,
  label: (kind: FacetKind, id: string) => string,
  monthOf: Int32Array,
  { values: keep = TABLE_VALUES, docs: keepDocs = TABLE_DOCS }: Pick<TableOptions, 'values' | 'docs'> = {},
): TableMaker {
  let made: TableMaker | null = null;
  return (value, docs) =>
    (made ??= eagerTableMaker(count, ranked, label, monthOf, keep, keepDocs))(value, docs);
}

function eagerTableMaker(
  count: number,
  ranked: Ranked,
  label: (kind: FacetKind, id: string) => string,
  monthOf: Int32Array,
  keep: number,
  keepDocs: number,
): TableMaker {
  const months = monthCount(monthOf);
  const byDoc = docRanks(count, ranked);
  const tally = {} as Record<FacetKind, Uint32Array>;
  for (const kind of FACET_KINDS) tally[kind] = new Uint32Array(ranked[kind].length);
  return (value, docs) => {
    const table = tableHead(value, docs, monthOf, months, keepDocs);
    for (const other of FACET_KINDS) {
      const counts = tally[other];
      const touched = tallyValues(docs, byDoc[other], counts);
      touched.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
      table.facets[other] = {
        distinct: touched.length,
        values: touched.slice(0, keep).map((r): TableValue => {
          const id = ranked[other][r]?.[0] ?? '';
          return [id, label(other, id), r, counts[r] ?? 0];
        }),
      };
      for (const r of touched) counts[r] = 0;
    }
    return table;
  };
}

import { performance } from 'node:perf_hooks';
import { FACET_KINDS, type FacetKind, type IndexDirectory } from '../src/data/search-index/index-files';
import { writeFacetTables } from '../ingest/index/facet-tables';

/**
 * The co-occurrence tables of an append of 100 to a synthetic archive (decision 0032): counted over every
 * doc, then updated from the counts the build kept; prints both times and checks the tables are the same.
 * `npx tsx bench/tables-append.ts [docs]` (1,000,000 by default; needs about 3 GB of heap there).
 */
const count = Number(process.argv[2] ?? 1_000_000);
const ADDED = 100;
const values: Record<FacetKind, { n: number; per: number; skew: number }> = {
  country: { n: 16, per: 2, skew: 1.3 },
  event: { n: 140, per: 1, skew: 1.3 },
  org: { n: 11, per: 1, skew: 1.3 },
  person: { n: 8000, per: 2, skew: 3 },
};
let state = 7;
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31), state / 2 ** 31);

type DocValues = Record<FacetKind, string[]>;
const docs: DocValues[] = Array.from({ length: count + ADDED }, () => {
  const doc = {} as DocValues;
  for (const kind of FACET_KINDS) {
    const { n, per, skew } = values[kind];
    const picked = new Set<number>();
    for (let i = 0; i < per; i++) picked.add(Math.floor(n * random() ** skew));
    doc[kind] = [...picked].map((v) => `${kind}-${v}`);
  }
  return doc;
});
// The new docs are interleaved with the others, as appended announcements of any date are.
const addedAt = new Set(
  Array.from({ length: ADDED }, (_, i) => Math.floor(((i + 0.5) * docs.length) / ADDED)),
);

function ranked(list: readonly DocValues[]) {
  const out = {} as Record<FacetKind, [string, number[]][]>;
  for (const kind of FACET_KINDS) {
    const byValue = new Map<string, number[]>();
    list.forEach((doc, at) => {
      for (const id of doc[kind]) {
        let held = byValue.get(id);
        if (!held) byValue.set(id, (held = []));
        held.push(at);
      }
    });
    out[kind] = [...byValue].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  }
  return out;
}
const monthOf = (n: number) => Int32Array.from({ length: n }, (_, doc) => Math.floor((doc * 150) / n));
const emptyFacets = () =>
  Object.fromEntries(
    FACET_KINDS.map((kind) => [kind, { values: 0, chunks: [], dictionary: [] }]),
  ) as unknown as IndexDirectory['facets'];

const before = docs.filter((_, at) => !addedAt.has(at));
const added = docs.filter((_, at) => addedAt.has(at));
let kept: Uint8Array = new Uint8Array();
const baseRanked = ranked(before);
let started = performance.now();
writeFacetTables(
  () => '',
  before.length,
  baseRanked,
  (_kind, id) => id,
  monthOf(before.length),
  emptyFacets(),
  {
    counts: { keep: (bytes) => (kept = bytes) },
  },
);
console.log(
  `build of ${before.length}: tables ${Math.round(performance.now() - started)} ms, counts ${kept.length} bytes`,
);

const allRanked = ranked(docs);
const previous = {
  previous: kept,
  before: Object.fromEntries(
    FACET_KINDS.map((kind) => [kind, new Set(baseRanked[kind].map(([id]) => id))]),
  ) as Record<FacetKind, Set<string>>,
  added,
  count: before.length,
};
const tables: string[][] = [];
for (const delta of [undefined, previous]) {
  const written: string[] = [];
  started = performance.now();
  const how = writeFacetTables(
    (_kind, _extension, bytes) => (written.push(Buffer.from(bytes).toString('base64')), ''),
    docs.length,
    allRanked,
    (_kind, id) => id,
    monthOf(docs.length),
    emptyFacets(),
    {},
    delta,
  );
  console.log(`append of ${ADDED}: tables ${how} in ${Math.round(performance.now() - started)} ms`);
  tables.push(written);
}
if (tables[0]?.join() !== tables[1]?.join())
  throw new Error('the updated tables differ from the counted ones');
console.log('the updated tables are the counted ones, byte for byte');

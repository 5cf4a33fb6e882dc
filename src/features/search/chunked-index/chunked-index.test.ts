import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendDataset, datasetBytes } from '../../../../ingest/append-segment';
import { buildDataset, compareAnnouncements } from '../../../../ingest/build-dataset';
import {
  searchWords,
  TITLE_WEIGHT,
  type SearchIndexOptions,
} from '../../../../ingest/index/build-search-index';
import { slugify } from '../../../../ingest/ids';
import type { Announcement, DataIndex } from '../../../data/schema';
import type { IndexSource } from './chunk-store';
import { ChunkedIndex, type FacetMode, type IndexQuery, type SortOrder } from './chunked-index';
import {
  directorySchema,
  FACET_KINDS,
  INDEX_DIR,
  manifestSchema,
  MANIFEST_FILE,
  tableChunkSchema,
  termRoutesSchema,
  type FacetKind,
} from '../../../data/search-index/index-files';
import { impactOf, parseTextQuery, termScore, type QueryPart } from '../../../data/search-index/text';

/** A seeded generator of announcements with skewed vocabularies, so queries hit big and small lists. */
function makeCorpus(count: number, seed: number): Announcement[] {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 2.5)] as T;
  const words = [
    'minister',
    'meeting',
    'cooperation',
    'science',
    'technology',
    'visit',
    'delegation',
    'agreement',
    'research',
    'innovation',
    'forum',
    'expo',
    'joint',
    'laboratory',
    'transfer',
    'centre',
    'digital',
    'energy',
    'café',
    'Zürich',
    'mekong',
    'river',
    'space',
    'satellite',
    'vaccine',
    'health',
    'signed',
    'memorandum',
    'bilateral',
    'friendship',
    'exchange',
    'students',
    'training',
    'climate',
    'ocean',
    'agriculture',
    'rice',
    'water',
    'solar',
    'wind',
    'park',
    'incubator',
    'startup',
    'talent',
    'award',
  ];
  const countries = ['CN', 'KH', 'LA', 'VN', 'TH', 'MY', 'ID', 'PH', 'FR', 'NL', 'RU', 'EG', 'KE', 'GH'];
  const people = Array.from({ length: Math.max(20, Math.floor(count / 20)) }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i} ${['Wang', 'Nguyen', 'Moreau', 'Somchai'][i % 4] ?? ''}`,
    titles: [],
    country: countries[i % countries.length] ?? null,
  }));
  const events = Array.from({ length: 30 }, (_, i) => ({
    id: `event-${i}`,
    name: `${i + 1}th Expo ${i % 5}`,
  }));
  const orgs = ['Ministry of Science', 'Academy of Sciences', 'Mekong Institute', 'Université de Lyon'];
  const sentence = () => {
    const n = 4 + Math.floor(random() * 8);
    return `${Array.from({ length: n }, () => skewed(words)).join(' ')}.`;
  };
  return Array.from({ length: count }, (_, i) => {
    const pick = <T>(items: readonly T[], max: number) => [
      ...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => skewed(items))),
    ];
    const year = 2015 + Math.floor(random() * 10);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return {
      id: `item-${i}`,
      title: `${sentence()} ${i}`,
      date: random() < 0.03 ? null : `${year}-${month}-${day}`,
      section: null,
      paragraphs: Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${sentence()} ${sentence()}`),
      people: pick(people, 3),
      countries: pick(countries, 3),
      blocs: [],
      events: pick(events, 1),
      organizations: pick(orgs, 2).map((name) => ({ id: slugify(name), name })),
      places: [],
      source: 'test',
      ...(random() < 0.5 ? { generated: true as const } : {}),
    };
  });
}

interface Corpus {
  files: Map<string, Uint8Array>;
  sorted: Announcement[];
  index: DataIndex;
}

function indexFiles(announcements: readonly Announcement[], options: SearchIndexOptions = {}): Corpus {
  const dataset = buildDataset(announcements, undefined, undefined, options);
  const files = new Map<string, Uint8Array>();
  for (const [path, value] of dataset) if (value instanceof Uint8Array) files.set(path, value);
  return {
    files,
    sorted: [...announcements].sort(compareAnnouncements),
    index: dataset.get('index.json') as DataIndex,
  };
}

function sourceOf(files: Map<string, Uint8Array>): IndexSource & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    fetchManifest: () => {
      const bytes = files.get(`${INDEX_DIR}/${MANIFEST_FILE}`);
      if (!bytes) return Promise.reject(new Error('404'));
      return Promise.resolve(JSON.parse(new TextDecoder().decode(bytes)) as unknown);
    },
    fetchChunk: (name) => {
      fetched.push(name);
      const bytes = files.get(`${INDEX_DIR}/chunks/${name}`);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`HTTP 404 for ${name}`));
    },
  };
}

/** What the data says, computed straight from the announcements. */
class BruteForce {
  private readonly values: Record<FacetKind, string[]>[];
  private readonly fields: string[][][];
  private readonly lengths: number[];
  private readonly average: number;
  private readonly df = new Map<string, number>();
  private readonly globalRank: Record<FacetKind, Map<string, number>>;

  /** `average`: the average length BM25 uses, when it is not this corpus's (an appended index keeps its base's). */
  constructor(
    private readonly sorted: Announcement[],
    average?: number,
  ) {
    this.values = sorted.map((a) => ({
      person: [...new Set(a.people.map((p) => p.id))],
      country: [...new Set(a.countries)],
      event: [...new Set(a.events.map((e) => e.id))],
      org: [...new Set(a.organizations.map((o) => o.id))],
    }));
    this.fields = sorted.map((a) => searchWords(a));
    this.lengths = this.fields.map((fields) =>
      Math.max(
        1,
        fields.reduce((n, f) => n + f.length + 1, 0),
      ),
    );
    this.average = average ?? this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
    for (const fields of this.fields)
      for (const term of new Set(fields.flat())) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.globalRank = {} as Record<FacetKind, Map<string, number>>;
    for (const kind of FACET_KINDS) {
      const counts = new Map<string, number>();
      for (const v of this.values) for (const id of v[kind]) counts.set(id, (counts.get(id) ?? 0) + 1);
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      this.globalRank[kind] = new Map(ranked.map(([id], rank) => [id, rank]));
    }
  }

  private matchesPart(doc: number, part: QueryPart): boolean {
    const fields = this.fields[doc] ?? [];
    const [first, ...rest] = part.words;
    if (first === undefined) return false;
    if (part.prefix) return fields.some((f) => f.some((t) => t.startsWith(first)));
    return fields.some((f) => f.some((t, i) => t === first && rest.every((w, j) => f[i + j + 1] === w)));
  }

  matches(doc: number, query: IndexQuery, without?: FacetKind): boolean {
    const a = this.sorted[doc];
    const v = this.values[doc];
    if (!a || !v) return false;
    if (query.from && (!a.date || a.date < query.from)) return false;
    if (query.to && (!a.date || a.date > query.to)) return false;
    for (const kind of FACET_KINDS) {
      const f = query.facets?.[kind];
      const values = f?.values ?? [];
      if ((f?.mode ?? 'all') === 'all') {
        if (!values.every((x) => v[kind].includes(x))) return false;
      } else if (kind !== without && values.length && !values.some((x) => v[kind].includes(x))) return false;
      if ((f?.not ?? []).some((x) => v[kind].includes(x))) return false;
    }
    for (const part of parseTextQuery(query.q ?? ''))
      if (this.matchesPart(doc, part) === part.exclude) return false;
    return true;
  }

  results(query: IndexQuery, without?: FacetKind): number[] {
    return this.sorted.map((_, doc) => doc).filter((doc) => this.matches(doc, query, without));
  }

  private score(doc: number, parts: QueryPart[]): number {
    const fields = this.fields[doc] ?? [];
    const tf = new Map<string, number>();
    for (const t of fields.flat()) tf.set(t, (tf.get(t) ?? 0) + 1);
    // The title (the first field) counts TITLE_WEIGHT times.
    for (const t of fields[0] ?? []) tf.set(t, (tf.get(t) ?? 0) + TITLE_WEIGHT - 1);
    const termPart = (term: string) =>
      termScore(
        impactOf(tf.get(term) ?? 0, this.lengths[doc] ?? 1, this.average),
        this.df.get(term) ?? 0,
        this.sorted.length,
      );
    let total = 0;
    for (const part of parts) {
      if (part.exclude) continue;
      if (part.prefix) {
        let best = 0;
        for (const term of tf.keys())
          if (term.startsWith(part.words[0] ?? '')) best = Math.max(best, termPart(term));
        total += best;
      } else for (const word of part.words) total += tf.has(word) ? termPart(word) : 0;
    }
    return total;
  }

  ordered(query: IndexQuery): number[] {
    const docs = this.results(query);
    const parts = parseTextQuery(query.q ?? '');
    const sort: SortOrder =
      query.sort === 'relevance' && !parts.some((p) => !p.exclude) ? 'newest' : (query.sort ?? 'newest');
    if (sort === 'oldest') {
      const dated = docs.filter((doc) => this.sorted[doc]?.date);
      return [...dated.reverse(), ...docs.filter((doc) => !this.sorted[doc]?.date)];
    }
    if (sort === 'relevance') {
      const scores = new Map(docs.map((doc) => [doc, this.score(doc, parts)]));
      return docs.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
    }
    return docs;
  }

  counts(query: IndexQuery, kind: FacetKind, limit: number) {
    const mode = query.facets?.[kind]?.mode ?? 'all';
    const selected = [...new Set(query.facets?.[kind]?.values ?? [])].sort();
    const docs = this.results(query, mode === 'any' && selected.length ? kind : undefined);
    const counts = new Map<string, number>();
    for (const doc of docs)
      for (const id of this.values[doc]?.[kind] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const picked = selected
      .map((value) => ({ value, count: counts.get(value) ?? 0 }))
      .sort((a, b) => b.count - a.count);
    const rank = this.globalRank[kind];
    const others = [...counts]
      .filter(([id]) => !selected.includes(id))
      .sort((a, b) => b[1] - a[1] || (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0))
      .slice(0, Math.max(0, limit - picked.length))
      .map(([value, count]) => ({ value, count }));
    return [...picked, ...others];
  }

  months(query: IndexQuery): [string, number][] {
    const months: [string, number][] = [];
    for (const doc of this.results(query)) {
      const month = this.sorted[doc]?.date?.slice(0, 7);
      if (!month) continue;
      const last = months[months.length - 1];
      if (last?.[0] === month) last[1]++;
      else months.push([month, 1]);
    }
    return months;
  }

  rankOf(kind: FacetKind, id: string): number {
    return this.globalRank[kind].get(id) ?? -1;
  }

  valueOf(doc: number, kind: FacetKind): string[] {
    return this.values[doc]?.[kind] ?? [];
  }
}

const FACET_LIMIT = 6;

/**
 * Runs each query on an index with tables and on the same index without them, both against the brute-force
 * truth; gives how many facet chunks each fetched in all.
 */
async function compareWithPlain(
  files: Map<string, Uint8Array>,
  plain: Map<string, Uint8Array>,
  truth: BruteForce,
  sorted: Announcement[],
  queries: readonly IndexQuery[],
): Promise<{ withTables: number; without: number }> {
  let withTables = 0;
  let without = 0;
  for (const query of queries) {
    const source = sourceOf(files);
    await expectSame(await ChunkedIndex.open(source), truth, sorted, query);
    const before = sourceOf(plain);
    await expectSame(await ChunkedIndex.open(before), truth, sorted, query);
    withTables += source.fetched.filter((name) => name.startsWith('facet-')).length;
    without += before.fetched.filter((name) => name.startsWith('facet-')).length;
  }
  return { withTables, without };
}

async function expectSame(
  index: ChunkedIndex,
  truth: BruteForce,
  sorted: Announcement[],
  query: IndexQuery,
  exactTopRequired = true,
) {
  const result = await index.search(query, { limit: 15, facetLimit: FACET_LIMIT });
  const expected = truth.ordered(query);
  const label = JSON.stringify(query);
  expect(result.total, label).toBe(expected.length);
  expect(
    result.rows.map((row) => row.id),
    label,
  ).toEqual(expected.slice(0, 15).map((doc) => sorted[doc]?.id));
  for (const kind of FACET_KINDS) {
    const got = result.facets[kind].values.map(({ value, count }) => ({ value, count }));
    if (result.facets[kind].exactTop) {
      expect(got, `${label} ${kind}`).toEqual(truth.counts(query, kind, FACET_LIMIT));
    } else {
      expect(exactTopRequired, `${label} ${kind}: the top values were not settled`).toBe(false);
      // The scan for the top values hit its bound: every count shown is still exact.
      const all = new Map(truth.counts(query, kind, 1e9).map(({ value, count }) => [value, count]));
      for (const { value, count } of got)
        expect(count, `${label} ${kind} ${value}`).toBe(all.get(value) ?? 0);
      const selected = query.facets?.[kind]?.values ?? [];
      expect(
        got
          .slice(0, selected.length)
          .map((v) => v.value)
          .sort(),
      ).toEqual([...new Set(selected)].sort());
    }
  }
  expect(result.histogram.months, label).toEqual(truth.months(query));
  const later = await index.rows(query, 15, 10);
  expect(
    later.map((row) => row.id),
    label,
  ).toEqual(expected.slice(15, 25).map((doc) => sorted[doc]?.id));
}

/** Queries drawn from the corpus itself: values and words that occur, some that do not. */
function queryArbitrary(sorted: Announcement[], truth: BruteForce) {
  const sample = (kind: FacetKind) =>
    fc.nat(sorted.length - 1).map((doc) => truth.valueOf(doc, kind)[0] ?? 'nobody-knows-this');
  const facet = (kind: FacetKind) =>
    fc.record({
      values: fc.array(sample(kind), { maxLength: 2 }),
      mode: fc.constantFrom<FacetMode>('all', 'any'),
      not: fc.array(sample(kind), { maxLength: 1 }),
    });
  const word = fc.constantFrom(
    'minister',
    'min',
    'cafe',
    'zurich',
    'visit',
    'vac',
    'rice',
    'person',
    'wang',
    'expo',
    'xyzzy',
    '2019',
  );
  const part = fc.oneof(
    word,
    word.map((w) => `-${w}`),
    fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
    fc.constant('"joint laboratory"'),
  );
  const date = fc.option(
    fc
      .tuple(fc.integer({ min: 2014, max: 2025 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-15`),
  );
  return fc
    .record({
      facets: fc.record(
        { person: facet('person'), country: facet('country'), event: facet('event'), org: facet('org') },
        { requiredKeys: [] },
      ),
      q: fc.array(part, { maxLength: 3 }).map((parts) => parts.join(' ')),
      from: date,
      to: date,
      sort: fc.constantFrom<SortOrder>('newest', 'oldest', 'relevance'),
    })
    .map((query): IndexQuery => {
      const { from, to } = query;
      return from && to && from > to ? { ...query, from: to, to: from } : query;
    });
}

/** Random queries drawn from the corpus answer as the brute force does. */
async function matchesRandomQueries(
  files: Map<string, Uint8Array>,
  sorted: Announcement[],
  truth: BruteForce,
): Promise<void> {
  const index = await ChunkedIndex.open(sourceOf(files));
  await fc.assert(
    fc.asyncProperty(queryArbitrary(sorted, truth), async (query) => {
      await expectSame(index, truth, sorted, query);
    }),
    { numRuns: 60 },
  );
}

describe('ChunkedIndex against a brute-force evaluation', () => {
  const announcements = makeCorpus(3000, 7);
  const { files, sorted } = indexFiles(announcements);
  const truth = new BruteForce(sorted);

  it('answers the unfiltered first page from the cold file alone', async () => {
    const source = sourceOf(files);
    const index = await ChunkedIndex.open(source);
    const result = await index.search({}, { limit: 20, facetLimit: FACET_LIMIT });
    expect(source.fetched).toEqual([index.manifest.cold]);
    expect(result.total).toBe(3000);
    expect(result.rows.map((row) => row.id)).toEqual(sorted.slice(0, 20).map((a) => a.id));
    for (const kind of FACET_KINDS)
      expect(result.facets[kind].values.map(({ value, count }) => ({ value, count }))).toEqual(
        truth.counts({}, kind, FACET_LIMIT),
      );
    expect(result.histogram.months).toEqual(truth.months({}));
  });

  it('fetches the directory beside the cold file when asked to', async () => {
    const source = sourceOf(files);
    const index = await ChunkedIndex.open(source, { prefetchDirectory: true });
    expect(source.fetched).toEqual([index.manifest.directory, index.manifest.cold]);
    await index.search({ facets: { country: { values: ['CN'] } } });
    expect(source.fetched.filter((name) => name === index.manifest.directory)).toHaveLength(1);
  });

  it('routes a value the cold file names by its rank there, without reading its dictionary', async () => {
    const source = sourceOf(files);
    const index = await ChunkedIndex.open(source);
    const directory = await index.directory();
    await expectSame(index, truth, sorted, { facets: { country: { values: ['CN'] } } });
    const dictionaries = directory.facets.country.dictionary.map((chunk) => chunk.file);
    expect(source.fetched.filter((name) => dictionaries.includes(name))).toEqual([]);
  });

  it('prefetches what a click needs: afterwards a shown value answers from chunks held, exactly', async () => {
    const source = sourceOf(files);
    const index = await ChunkedIndex.open(source, { prefetchDirectory: true });
    await index.prefetch();
    const directory = await index.directory();
    for (const kind of FACET_KINDS)
      for (const chunk of [...directory.facets[kind].chunks, ...directory.facets[kind].dictionary])
        expect(source.fetched).toContain(chunk.file);
    expect(source.fetched).toContain(directory.dates);
    expect(source.fetched).toContain(directory.rows.files[0]);
    source.fetched.length = 0;
    const shown = index.cold.facets.country.values[0]?.value ?? '';
    const query: IndexQuery = { facets: { country: { values: [shown] } } };
    const result = await index.search(query, { limit: 20, facetLimit: FACET_LIMIT });
    expect(source.fetched).toEqual([]);
    expect(result.total).toBe(truth.ordered(query).length);
    await expectSame(index, truth, sorted, query);
    // Once: a second call fetches nothing more.
    await index.prefetch();
    expect(source.fetched.filter((name) => name.startsWith('facet-'))).toEqual([]);
  });

  it('prefetches within its byte budget, a couple of chunks at a time', async () => {
    const source = sourceOf(files);
    const index = await ChunkedIndex.open(source);
    await index.directory();
    source.fetched.length = 0;
    await index.prefetch(1);
    // Each of the two fetchers takes one chunk, then finds the budget spent.
    expect(source.fetched).toHaveLength(2);
  });

  it('prefetches past a chunk it cannot have, and the query that needs it names it', async () => {
    const source = sourceOf(files);
    const probe = await ChunkedIndex.open(source);
    const broken = (await probe.directory()).facets.country.chunks[0]?.file ?? '';
    const missing = sourceOf(new Map([...files].filter(([path]) => !path.endsWith(`/${broken}`))));
    const index = await ChunkedIndex.open(missing, { retryDelayMs: 1 });
    await expect(index.prefetch()).resolves.toBeUndefined();
    expect(missing.fetched).toContain((await index.directory()).facets.person.chunks[0]?.file);
    // With a word the value's table cannot answer it: its posting list is needed.
    await expect(
      index.search({
        facets: { country: { values: [index.cold.facets.country.values[0]?.value ?? ''] } },
        q: 'minister',
      }),
    ).rejects.toMatchObject({ name: 'ChunkError', file: broken });
  });

  it(
    'matches on hand-picked queries: any/not, prefixes, phrases, exclusions, dates, every sort',
    { timeout: 60_000 },
    async () => {
      const index = await ChunkedIndex.open(sourceOf(files));
      const person = truth.valueOf(0, 'person')[0] ?? '';
      const country = truth.valueOf(1, 'country')[0] ?? '';
      const queries: IndexQuery[] = [
        { q: 'caf' },
        { q: 'Zürich -visit', sort: 'relevance' },
        { q: '"joint laboratory"', sort: 'oldest' },
        { facets: { country: { values: ['CN', 'KH'], mode: 'any' } } },
        { facets: { country: { values: ['CN', 'KH'] }, person: { not: [person] } } },
        {
          facets: { person: { values: [person, 'no-such-person'], mode: 'any' } },
          from: '2018-01-01',
          to: '2020-12-31',
        },
        {
          facets: { country: { values: [country], mode: 'any' }, org: { values: ['ministry-of-science'] } },
          q: 'min',
        },
        { q: 'xyzzy' },
        { sort: 'oldest' },
        { to: '2016-06-30' },
      ];
      for (const query of queries) await expectSame(index, truth, sorted, query);
      const unknown = await index.search({ facets: { person: { values: ['no-such-person'] } } });
      expect(unknown.unknown.person).toEqual(['no-such-person']);
      expect(unknown.total).toBe(0);
    },
  );

  it('matches on random queries (property)', { timeout: 60_000 }, () =>
    matchesRandomQueries(files, sorted, truth),
  );

  it('exports every result id in order', async () => {
    const index = await ChunkedIndex.open(sourceOf(files));
    const query: IndexQuery = { facets: { country: { values: ['CN'] } }, sort: 'oldest' };
    expect(await index.resultIds(query)).toEqual(truth.ordered(query).map((doc) => sorted[doc]?.id));
  });

  it('returns the matching sentence per row for text queries', async () => {
    const byId = new Map(sorted.map((a) => [a.id, a]));
    const index = await ChunkedIndex.open(sourceOf(files), {
      snippetSource: { fetchDocument: (id) => Promise.resolve(byId.get(id) ?? null) },
    });
    const result = await index.search({ q: 'vaccine' }, { limit: 5, snippets: true });
    expect(result.snippets.length).toBe(result.rows.length);
    for (const [i, row] of result.rows.entries()) {
      const snippet = result.snippets[i];
      const body = byId.get(row.id)?.paragraphs.join(' ') ?? '';
      if (snippet === null || snippet === undefined) expect(body.toLowerCase()).not.toContain('vaccine');
      else {
        expect(snippet.toLowerCase()).toContain('vaccine');
        expect(body).toContain(snippet);
      }
    }
    expect(
      (await index.search({ facets: { country: { values: ['CN'] } } }, { snippets: true })).snippets.every(
        (s) => s === null,
      ),
    ).toBe(true);
  });

  it('tells entity stats and finds values by label', async () => {
    const index = await ChunkedIndex.open(sourceOf(files));
    const person = truth.valueOf(0, 'person')[0] ?? '';
    const docs = truth.results({ facets: { person: { values: [person] } } });
    const stats = await index.entity('person', person);
    expect(stats?.count).toBe(docs.length);
    expect(stats?.last).toBe(sorted[docs[0] ?? 0]?.date ?? null);
    expect(await index.entity('person', 'no-such-person')).toBeNull();
    const found = await index.findValues({ facets: { country: { values: ['CN'] } } }, 'org', 'mekong', 5);
    expect(found).toEqual(
      truth
        .counts({ facets: { country: { values: ['CN'] } } }, 'org', 100)
        .filter((v) => v.value === 'mekong-institute')
        .map((v) => ({ ...v, label: 'Mekong Institute' })),
    );
  });
});

describe('Co-occurrence tables (decision 0030) against a brute-force count', () => {
  const announcements = makeCorpus(3000, 21);
  // Small tables, so that values outside them and bounds that are not counts are exercised.
  const options: SearchIndexOptions = { tables: { min: 60, values: 8, docs: 30, chunkBytes: 4096 } };
  const { files, sorted } = indexFiles(announcements, options);
  const truth = new BruteForce(sorted);
  const directory = directoryOf(files);
  const tablesOf = (kind: FacetKind) =>
    (directory.facets[kind].tables?.chunks ?? []).flatMap((chunk) =>
      tableChunkSchema.parse(decode(files.get(`${INDEX_DIR}/chunks/${chunk.file}`))),
    );
  const tabled = (kind: FacetKind) => tablesOf(kind).map((t) => t.value);

  it('writes a table for every value in at least `min` docs, with its exact counts, months and first docs', () => {
    for (const kind of FACET_KINDS) {
      const tables = tablesOf(kind);
      const counts = truth.counts({}, kind, 1e9);
      expect(
        tables.map((t) => t.value),
        kind,
      ).toEqual(counts.filter((v) => v.count >= 60).map((v) => v.value));
      expect(directory.facets[kind].tables?.values ?? 0).toBe(tables.length);
      for (const table of tables) {
        const query: IndexQuery = { facets: { [kind]: { values: [table.value] } } };
        const docs = truth.results(query);
        expect(table.count).toBe(docs.length);
        expect(table.docs).toEqual(docs.slice(0, 30));
        const months = new Map(truth.months(query));
        const cold = decode(
          files.get(
            `${INDEX_DIR}/chunks/${manifestSchema.parse(decode(files.get(`${INDEX_DIR}/${MANIFEST_FILE}`))).cold}`,
          ),
        ) as { months: [string, number][] };
        const expectedMonths = cold.months.map(([month]) => months.get(month) ?? 0);
        while (expectedMonths.length && expectedMonths[expectedMonths.length - 1] === 0) expectedMonths.pop();
        expect(table.months).toEqual(expectedMonths);
        for (const other of FACET_KINDS) {
          // Every value within the table's docs, by count, ties by global rank (the value itself included).
          const all = truth
            .counts({ facets: { [kind]: { values: [table.value] } } }, other, 1e9)
            .filter((v) => v.count > 0);
          const byRank = [...all].sort(
            (a, b) => b.count - a.count || truth.rankOf(other, a.value) - truth.rankOf(other, b.value),
          );
          expect(table.facets[other].distinct, `${table.value} ${other}`).toBe(byRank.length);
          expect(
            table.facets[other].values.map(([id, , rank, count]) => [id, rank, count]),
            `${table.value} ${other}`,
          ).toEqual(byRank.slice(0, 8).map((v) => [v.value, truth.rankOf(other, v.value), v.count]));
        }
      }
    }
    expect(tabled('country').length).toBeGreaterThan(3);
    expect(tabled('person').length).toBeGreaterThan(3);
  });

  it('gives the same bytes for the same input', () => {
    const again = indexFiles([...announcements].reverse(), options).files;
    expect([...again.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, bytes] of files)
      expect(Buffer.from(again.get(path) ?? []).equals(bytes), path).toBe(true);
  });

  it('answers a query of one common value from its table and one rows chunk, exactly', async () => {
    for (const kind of FACET_KINDS)
      for (const value of tabled(kind).slice(0, 4)) {
        const source = sourceOf(files);
        const index = await ChunkedIndex.open(source);
        const query: IndexQuery = { facets: { [kind]: { values: [value] } } };
        const result = await index.search(query, { limit: 15, facetLimit: FACET_LIMIT });
        const fetched = source.fetched.filter(
          (name) =>
            !name.startsWith('rows.') && name !== index.manifest.cold && name !== index.manifest.directory,
        );
        // The table and, for a value the cold file does not rank, its dictionary: no posting list.
        expect(
          fetched.every((name) => name.startsWith(`table-${kind}.`) || name.startsWith(`dict-${kind}.`)),
          `${value}: ${fetched.join(' ')}`,
        ).toBe(true);
        // The page's rows: the chunks its docs are in, and no other.
        const spanned = new Set(
          truth
            .results(query)
            .slice(0, 15)
            .map((doc) => Math.floor(doc / 256)),
        );
        expect(source.fetched.filter((name) => name.startsWith('rows.')).length).toBeLessThanOrEqual(
          spanned.size,
        );
        expect(result.facets[kind].distinct).toBe(
          truth.counts(query, kind, 1e9).filter((v) => v.count > 0).length,
        );
        await expectSame(index, truth, sorted, query);
      }
  });

  it(
    'counts pairs, any and not groups, text with a value and dates exactly, reading fewer postings',
    { timeout: 60_000 },
    async () => {
      const [c0 = '', c1 = '', c2 = ''] = tabled('country');
      const [p0 = '', p1 = ''] = tabled('person');
      const rare = truth.counts({}, 'person', 1e9).at(-1)?.value ?? '';
      const queries: IndexQuery[] = [
        { facets: { country: { values: [c0, c1] } } },
        { facets: { country: { values: [c0] }, person: { values: [p0] } } },
        { facets: { person: { values: [p0, p1], mode: 'any' }, country: { values: [c2] } } },
        { facets: { country: { values: [c0, c1], mode: 'any' }, org: { not: ['mekong-institute'] } } },
        { facets: { country: { values: [c1], not: [c2] } } },
        { facets: { country: { values: [c0] } }, q: 'minister' },
        { facets: { country: { values: [c1] }, person: { values: [rare] } } },
        { facets: { event: { values: [tabled('event')[0] ?? ''] } }, q: 'vac' },
        { facets: { country: { values: [c0] } }, from: '2018-01-01', to: '2019-12-31' },
        { facets: { country: { values: [c0] } }, sort: 'oldest' },
        { facets: { country: { values: [c2] } }, q: '-rice', sort: 'relevance' },
      ];
      const plain = indexFiles(announcements, { tables: { min: 1e9 } }).files;
      const { withTables, without } = await compareWithPlain(files, plain, truth, sorted, queries);
      expect(directoryOf(plain).facets.country.tables).toBeUndefined();
      expect(withTables).toBeLessThan(without);
    },
  );

  it('matches on random queries (property)', { timeout: 60_000 }, () =>
    matchesRandomQueries(files, sorted, truth),
  );

  it('a tabled value alone, in any mode or as the only value with a pair', async () => {
    const index = await ChunkedIndex.open(sourceOf(files));
    for (const value of tabled('country'))
      for (const query of [
        { facets: { country: { values: [value], mode: 'any' as const } } },
        { facets: { country: { values: [value] }, org: { values: [tabled('org')[0] ?? ''] } } },
      ])
        await expectSame(index, truth, sorted, query);
  });
});

describe('Co-occurrence tables of words (decision 0034) against a brute-force count', () => {
  const announcements = makeCorpus(3000, 33);
  // Small tables, so that values outside them, bounds that are not counts and untabled terms are exercised.
  const options: SearchIndexOptions = {
    tables: { min: 60, values: 8, docs: 30, chunkBytes: 4096 },
    termTables: { min: 150, chunkBytes: 4096 },
  };
  const { files, sorted } = indexFiles(announcements, options);
  const truth = new BruteForce(sorted);
  const tables = termTablesOf(files);
  const tabled = tables.map((t) => t.value);
  const terms = [...new Set(sorted.flatMap((a) => searchWords(a).flat()))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const common = tabled.filter((t) => /^[a-z]{4,}$/.test(t));
  const withoutTables = indexFiles(announcements, { ...options, termTables: { min: 1e9 } }).files;

  it(
    'writes a table for every term whose query finds at least `min` docs, with its exact counts',
    { timeout: 120_000 },
    () => {
      expect(tabled).toEqual(terms.filter((term) => truth.results({ q: term }).length >= 150));
      // A term as a query is a prefix: "1" finds every number that begins with 1.
      expect(tabled).toContain('1');
      expect(common.length).toBeGreaterThan(10);
      const cold = decode(
        files.get(
          `${INDEX_DIR}/chunks/${manifestSchema.parse(decode(files.get(`${INDEX_DIR}/${MANIFEST_FILE}`))).cold}`,
        ),
      ) as { months: [string, number][] };
      for (const table of tables) {
        const query: IndexQuery = { q: table.value };
        const docs = truth.results(query);
        expect(table.count, table.value).toBe(docs.length);
        expect(table.docs).toEqual(docs.slice(0, 30));
        const months = new Map(truth.months(query));
        const expectedMonths = cold.months.map(([month]) => months.get(month) ?? 0);
        while (expectedMonths.length && expectedMonths[expectedMonths.length - 1] === 0) expectedMonths.pop();
        expect(table.months).toEqual(expectedMonths);
        for (const kind of FACET_KINDS) {
          const byRank = truth
            .counts(query, kind, 1e9)
            .filter((v) => v.count > 0)
            .sort((a, b) => b.count - a.count || truth.rankOf(kind, a.value) - truth.rankOf(kind, b.value));
          expect(table.facets[kind].distinct, `${table.value} ${kind}`).toBe(byRank.length);
          expect(
            table.facets[kind].values.map(([id, , rank, count]) => [id, rank, count]),
            `${table.value} ${kind}`,
          ).toEqual(byRank.slice(0, 8).map((v) => [v.value, truth.rankOf(kind, v.value), v.count]));
        }
      }
    },
  );

  it('gives the same bytes for the same input, and none without a common word', () => {
    const again = indexFiles([...announcements].reverse(), options).files;
    expect([...again.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, bytes] of files)
      expect(Buffer.from(again.get(path) ?? []).equals(bytes), path).toBe(true);
    expect(
      directoryOf(indexFiles(announcements, { termTables: { min: 1e9 } }).files).termTables,
    ).toBeUndefined();
  });

  it('answers a tabled one-word query from its table and the rows alone, exactly, snippets included', async () => {
    const byId = new Map(sorted.map((a) => [a.id, a]));
    const snippetSource = { fetchDocument: (id: string) => Promise.resolve(byId.get(id) ?? null) };
    // Snippets are a body's sentences: some words (a number, an organisation's) are in titles or names alone.
    let found = 0;
    for (const word of [...common.slice(0, 6), '1']) {
      await expectSame(await ChunkedIndex.open(sourceOf(files)), truth, sorted, { q: word });
      const own = sourceOf(files);
      const reader = await ChunkedIndex.open(own, { snippetSource });
      const result = await reader.search({ q: word }, { limit: 15, facetLimit: FACET_LIMIT, snippets: true });
      const fetched = own.fetched.filter(
        (name) =>
          !name.startsWith('rows.') && name !== reader.manifest.cold && name !== reader.manifest.directory,
      );
      // The word's table chunk alone: no posting, facet or dates chunk.
      expect(
        fetched.every((name) => name.startsWith('table-term.') || name.startsWith('table-term-routes.')),
        `${word}: ${fetched.join(' ')}`,
      ).toBe(true);
      expect(fetched.filter((name) => name.startsWith('table-term.'))).toHaveLength(1);
      const plain = await (
        await ChunkedIndex.open(sourceOf(withoutTables), { snippetSource })
      ).search({ q: word }, { limit: 15, facetLimit: FACET_LIMIT, snippets: true });
      expect(result.snippets, word).toEqual(plain.snippets);
      found += result.snippets.filter((snippet) => snippet !== null).length;
    }
    expect(found).toBeGreaterThan(0);
  });

  /** A prefix that is no term, that begins a tabled term and an untabled one: its bound has `extra`. */
  const partial = [...new Set(terms.flatMap((t) => [1, 2, 3].map((n) => t.slice(0, n))))].find(
    (p) =>
      !tabled.includes(p) &&
      tabled.some((t) => t.startsWith(p)) &&
      terms.some((t) => t.startsWith(p) && !tabled.some((c) => t.startsWith(c))),
  );
  /** A word with no table of its own nor of any term it begins: its query never reads a table. */
  const rare = terms.find(
    (t) =>
      /^[a-z]{4,}$/.test(t) && !tabled.some((c) => c.startsWith(t)) && truth.results({ q: t }).length > 20,
  );

  it('counts exactly what the index without word tables counts (the slow path), tables or none', async () => {
    expect(partial, 'a partly tabled prefix').toBeDefined();
    expect(rare, 'an untabled word').toBeDefined();
    const [w0 = '', w1 = '', w2 = ''] = common;
    const c0 = truth.counts({}, 'country', 1)[0]?.value ?? '';
    const queries: IndexQuery[] = [
      { q: w0 },
      { q: w1, facets: { country: { values: [c0] } } },
      { q: `${w0} -${w1}` },
      { q: `${w2} -${rare ?? ''}` },
      { q: w0.slice(0, 3) },
      { q: partial ?? '' },
      { q: `"${w0} ${w1}"` },
      { q: `"${w1}"` },
      { q: rare ?? '' },
      { q: rare ?? '', facets: { country: { values: [c0] } } },
      { q: `${rare ?? ''} ${w0}` },
    ];
    for (const query of queries) {
      const label = JSON.stringify(query);
      const fast = await (
        await ChunkedIndex.open(sourceOf(files))
      ).search(query, { facetLimit: FACET_LIMIT });
      const slow = await (
        await ChunkedIndex.open(sourceOf(withoutTables))
      ).search(query, {
        facetLimit: FACET_LIMIT,
      });
      expect(fast.total, label).toBe(truth.results(query).length);
      expect(fast.total, label).toBe(slow.total);
      expect(fast.rows, label).toEqual(slow.rows);
      expect(fast.histogram, label).toEqual(slow.histogram);
      for (const kind of FACET_KINDS) {
        const counts = (r: typeof fast) =>
          r.facets[kind].values.map(({ value, count }) => ({ value, count }));
        const all = new Map(truth.counts(query, kind, 1e9).map(({ value, count }) => [value, count]));
        for (const { value, count } of [...counts(fast), ...counts(slow)])
          expect(count, `${label} ${kind} ${value}`).toBe(all.get(value) ?? 0);
        if (fast.facets[kind].exactTop && slow.facets[kind].exactTop)
          expect(counts(fast), `${label} ${kind}`).toEqual(counts(slow));
        // A table knows how many distinct values its docs name where the slow path may not (null).
        for (const { distinct } of [fast.facets[kind], slow.facets[kind]])
          if (distinct !== null) expect(distinct, `${label} ${kind}`).toBe(all.size);
      }
      await expectSame(await ChunkedIndex.open(sourceOf(files)), truth, sorted, query);
    }
  });

  it('reads no word table for a query whose words have none', async () => {
    const source = sourceOf(files);
    await expectSame(await ChunkedIndex.open(source), truth, sorted, { q: rare ?? '' });
    // The routes name every tabled term: no table chunk is fetched to learn that the word has none.
    expect(source.fetched.filter((name) => name.startsWith('table-term.'))).toEqual([]);
    expect(source.fetched.some((name) => name.startsWith('terms.'))).toBe(true);
  });

  it(
    'counts two words, a word and a value, exclusions, prefixes, phrases and relevance exactly, reading fewer postings',
    { timeout: 60_000 },
    async () => {
      const [w0 = '', w1 = '', w2 = ''] = common;
      const c0 = truth.counts({}, 'country', 1)[0]?.value ?? '';
      const p0 = truth.counts({}, 'person', 1)[0]?.value ?? '';
      const queries: IndexQuery[] = [
        { q: `${w0} ${w1}` },
        { q: w0, facets: { country: { values: [c0] } } },
        { q: w1, facets: { person: { values: [p0] } } },
        { q: `${w0} -${w2}` },
        { q: `-${w0}` },
        { q: 'sci' },
        { q: 'mi' },
        { q: 's' },
        { q: `"${w0} ${w1}"` },
        { q: `"${w2}"` },
        { q: w0, sort: 'relevance' },
        { q: `${w1} ${w2}`, sort: 'relevance' },
        { q: w0, sort: 'oldest' },
        { q: w1, from: '2018-01-01', to: '2020-12-31' },
        { q: w2, facets: { country: { values: [c0], mode: 'any' } } },
        { q: 'xyzzy' },
      ];
      const plain = withoutTables;
      const { withTables, without } = await compareWithPlain(files, plain, truth, sorted, queries);
      expect(withTables).toBeLessThan(without);
    },
  );

  it('answers a later page and more values than a table keeps, exactly', async () => {
    const index = await ChunkedIndex.open(sourceOf(files));
    const word = common[0] ?? '';
    const result = await index.search({ q: word }, { offset: 40, limit: 10, facetLimit: 20 });
    const expected = truth.ordered({ q: word });
    expect(result.rows.map((row) => row.id)).toEqual(expected.slice(40, 50).map((doc) => sorted[doc]?.id));
    for (const kind of FACET_KINDS) {
      const got = result.facets[kind].values.map(({ value, count }) => ({ value, count }));
      if (result.facets[kind].exactTop) expect(got).toEqual(truth.counts({ q: word }, kind, 20));
    }
  });

  it('matches on random queries (property)', { timeout: 60_000 }, () =>
    matchesRandomQueries(files, sorted, truth),
  );
});

/** Appended to a dataset of `base`, one batch after another; each batch's ids new. */
function appendAll(base: readonly Announcement[], batches: readonly Announcement[][]) {
  let files = datasetBytes(buildDataset(base));
  let all = [...base].sort(compareAnnouncements);
  let segments = [base.length];
  const steps: { files: Map<string, Uint8Array>; all: Announcement[] }[] = [];
  for (const batch of batches) {
    const appended = appendDataset(files, all, batch, segments);
    if ('rebuild' in appended) throw new Error(appended.rebuild);
    ({ files, all } = appended);
    segments = appended.storeSegments;
    steps.push({ files, all });
  }
  return steps;
}

const decode = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes)) as unknown;
const directoryOf = (files: Map<string, Uint8Array>) => {
  const manifest = manifestSchema.parse(decode(files.get(`${INDEX_DIR}/${MANIFEST_FILE}`)));
  return directorySchema.parse(decode(files.get(`${INDEX_DIR}/chunks/${manifest.directory}`)));
};
/** Every word table of an index (decision 0034), in term order. */
const termTablesOf = (files: Map<string, Uint8Array>) => {
  const routes = directoryOf(files).termTables?.routes;
  const chunk = (file: string) => decode(files.get(`${INDEX_DIR}/chunks/${file}`));
  return routes
    ? termRoutesSchema.parse(chunk(routes)).flatMap(({ file }) => tableChunkSchema.parse(chunk(file)))
    : [];
};

describe('ChunkedIndex over an appended dataset (segments, decision 0024)', () => {
  const base = makeCorpus(3000, 7);
  const ids = new Set(base.map((a) => a.id));
  // New announcements of every date, interleaved with the base's; five batches, so the fifth absorbs four segments.
  const extra = makeCorpus(400, 99)
    .map((a) => ({ ...a, id: `new-${a.id}` }))
    .filter((a) => !ids.has(a.id));
  const batches = [0, 1, 2, 3, 4].map((i) => extra.slice(i * 40, i * 40 + 40));
  const steps = appendAll(base, batches);
  const baseAverage = directoryOf(datasetBytes(buildDataset(base))).averageLength;

  it("rewrites only what changed: the base's text, rows and ids chunks are carried", () => {
    const first = directoryOf(steps[0]?.files ?? new Map<string, Uint8Array>());
    const fresh = directoryOf(datasetBytes(buildDataset(base)));
    expect(first.terms).toEqual(fresh.terms);
    expect(first.rows).toEqual(fresh.rows);
    expect(first.segments?.map((s) => s.count)).toEqual([40]);
    expect(
      directoryOf(steps[3]?.files ?? new Map<string, Uint8Array>()).segments?.map((s) => s.count),
    ).toEqual([40, 40, 40, 40]);
    // The fifth append found four segments and merged them into its own.
    expect(
      directoryOf(steps[4]?.files ?? new Map<string, Uint8Array>()).segments?.map((s) => s.count),
    ).toEqual([200]);
  });

  it(
    'writes the facets, dictionaries, dates and cold file a full build writes, byte for byte',
    { timeout: 60_000 },
    () => {
      for (const step of steps) {
        const appended = directoryOf(step.files);
        const full = datasetBytes(buildDataset(step.all));
        const fresh = directoryOf(full);
        expect(appended.facets).toEqual(fresh.facets);
        expect(appended.dates).toBe(fresh.dates);
        expect(appended.count).toBe(fresh.count);
        const manifest = (files: Map<string, Uint8Array>) =>
          manifestSchema.parse(decode(files.get(`${INDEX_DIR}/${MANIFEST_FILE}`)));
        expect(manifest(step.files).cold).toBe(manifest(full).cold);
        for (const path of [...full.keys()].filter((p) => p.startsWith('people/') || p === 'index.json'))
          if (path === 'index.json') {
            const withoutShards = (bytes: Uint8Array | undefined) => ({
              ...(decode(bytes) as DataIndex),
              shards: [],
            });
            expect(withoutShards(step.files.get(path))).toEqual(withoutShards(full.get(path)));
          } else expect(decode(step.files.get(path)), path).toEqual(decode(full.get(path)));
      }
    },
  );

  it("drops the base's word tables (they miss the new docs) and counts its common words exactly", async () => {
    const [table] = termTablesOf(datasetBytes(buildDataset(base)));
    expect(table).toBeDefined();
    for (const step of [steps[0], steps[4]]) {
      if (!step) continue;
      expect(directoryOf(step.files).termTables).toBeUndefined();
      const source = sourceOf(step.files);
      const truth = new BruteForce(step.all, baseAverage);
      await expectSame(await ChunkedIndex.open(source), truth, step.all, { q: table?.value ?? '' });
      expect(source.fetched.some((name) => name.startsWith('table-term.'))).toBe(false);
    }
  });

  it(
    'answers like a full build of the same announcements, after each append',
    { timeout: 120_000 },
    async () => {
      for (const step of steps) {
        const index = await ChunkedIndex.open(sourceOf(step.files));
        const truth = new BruteForce(step.all, baseAverage);
        const person = truth.valueOf(0, 'person')[0] ?? '';
        const queries: IndexQuery[] = [
          {},
          { sort: 'oldest' },
          { q: 'caf' },
          { q: 'Zürich -visit', sort: 'relevance' },
          { q: '"joint laboratory"', sort: 'oldest' },
          { facets: { country: { values: ['CN', 'KH'], mode: 'any' } } },
          { facets: { person: { values: [person] } }, from: '2018-01-01', to: '2020-12-31' },
          { q: 'min', facets: { org: { values: ['ministry-of-science'] } }, sort: 'relevance' },
        ];
        for (const query of queries) await expectSame(index, truth, step.all, query);
        const query: IndexQuery = { facets: { country: { values: ['CN'] } }, q: 'vac', sort: 'oldest' };
        expect(await index.resultIds(query)).toEqual(truth.ordered(query).map((doc) => step.all[doc]?.id));
      }
    },
  );

  it('matches on random queries (property)', { timeout: 120_000 }, async () => {
    for (const step of [steps[0], steps[3], steps[4]]) {
      if (!step) continue;
      const index = await ChunkedIndex.open(sourceOf(step.files));
      const truth = new BruteForce(step.all, baseAverage);
      await fc.assert(
        fc.asyncProperty(queryArbitrary(step.all, truth), async (query) => {
          await expectSame(index, truth, step.all, query);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('is noticed by a reader that opened the version before it, which reopens cleanly', async () => {
    const live = new Map(datasetBytes(buildDataset(base)));
    const source = sourceOf(live);
    const index = await ChunkedIndex.open(source, { retryDelayMs: 1 });
    const step = steps[0];
    if (!step) throw new Error('no append');
    // The deploy: the appended version's files replace the base's (the base's facet chunks are gone).
    live.clear();
    for (const [path, bytes] of step.files) live.set(path, bytes);
    const query: IndexQuery = { facets: { country: { values: ['CN'] } }, q: 'minister' };
    await expect(index.search(query)).rejects.toMatchObject({
      name: 'DatasetChangedError',
      opened: index.build,
    });
    const reopened = await ChunkedIndex.open(source);
    expect((await reopened.search(query)).total).toBe(new BruteForce(step.all).results(query).length);
  });

  it('is deterministic: the same append gives the same files', { timeout: 60_000 }, () => {
    const again = appendAll(base, batches.slice(0, 2))[1]?.files ?? new Map<string, Uint8Array>();
    const before = steps[1]?.files ?? new Map<string, Uint8Array>();
    expect([...again.keys()].sort()).toEqual([...before.keys()].sort());
    const differ = [...again].filter(
      ([path, bytes]) => !Buffer.from(bytes).equals(before.get(path) ?? new Uint8Array()),
    );
    expect(differ.map(([path]) => path)).toEqual([]);
  });

  it('asks for a rebuild when new announcements name a known entity otherwise, or when segments grow too large', () => {
    const files = datasetBytes(buildDataset(base));
    const sorted = [...base].sort(compareAnnouncements);
    const known = sorted.find((a) => a.people.length > 0);
    const person = known?.people[0];
    if (!known || !person) throw new Error('no person in the corpus');
    const renamed = {
      ...(batches[0]?.[0] as Announcement),
      people: [{ ...person, name: `${person.name} Jr` }],
    };
    expect(appendDataset(files, sorted, [renamed], [base.length])).toEqual({
      rebuild: `a new announcement names ${person.id} "${person.name} Jr"`,
    });
    expect(appendDataset(files, sorted, extra.slice(0, 350), [base.length])).toMatchObject({
      rebuild: expect.stringMatching(/more than 10% of the archive/) as unknown,
    });
  });
});

describe('ChunkedIndex marks what only generated announcements name', () => {
  const person = (id: string) => ({ id, name: id.replace('-', ' '), titles: [], country: null });
  const [real, generated, alsoGenerated] = makeCorpus(3, 11).map((a, i) => ({
    ...a,
    id: `a-${i}`,
    people: i === 0 ? [person('real-one'), person('shared-one')] : [person('shared-one'), person('demo-one')],
    countries: i === 0 ? ['KH'] : ['KH', 'TH'],
  }));
  if (!real || !generated || !alsoGenerated) throw new Error('the corpus has three announcements');
  const realOne: Announcement = { ...real };
  delete realOne.generated;
  const corpus = [
    realOne,
    { ...generated, generated: true as const },
    { ...alsoGenerated, generated: true as const },
  ];

  it('in the finder and in the entity stats', async () => {
    const index = await ChunkedIndex.open(sourceOf(indexFiles(corpus).files));
    const marks = (values: { value: string; generatedOnly?: true }[]) =>
      Object.fromEntries(values.map((v) => [v.value, v.generatedOnly === true]));
    expect(marks(await index.findValues({}, 'person', '', 10))).toEqual({
      'real-one': false,
      'shared-one': false,
      'demo-one': true,
    });
    expect(marks(await index.findValues({}, 'country', '', 10))).toEqual({ KH: false, TH: true });
    // Within filtered results too: the mark is the archive's, not the results'.
    expect(
      marks(await index.findValues({ facets: { person: { values: ['demo-one'] } } }, 'country', '', 10)),
    ).toEqual({ KH: false, TH: true });
    expect((await index.entity('person', 'demo-one'))?.generatedOnly).toBe(true);
    expect((await index.entity('person', 'shared-one'))?.generatedOnly).toBe(false);
    expect((await index.entity('country', 'TH'))?.generatedOnly).toBe(true);
  });
});

describe('ChunkedIndex at 100,000 announcements', () => {
  it('matches the brute force on a set of queries', { timeout: 120_000 }, async () => {
    const announcements = makeCorpus(100_000, 11);
    const { files, sorted } = indexFiles(announcements);
    const truth = new BruteForce(sorted);
    const source = sourceOf(files);
    const index = await ChunkedIndex.open(source);
    const queries: IndexQuery[] = [
      { facets: { country: { values: ['CN'] } } },
      { facets: { country: { values: ['CN', 'VN'], mode: 'any' }, person: { values: ['person-3'] } } },
      { q: 'vaccine', sort: 'relevance' },
      { q: '"solar park" -wind' },
      { q: 'zur', from: '2019-01-01', to: '2019-12-31', facets: { org: { not: ['mekong-institute'] } } },
    ];
    for (const query of queries) await expectSame(index, truth, sorted, query, false);
    // It read chunks, not the archive: a fraction of the index's bytes.
    let total = 0;
    for (const bytes of files.values()) total += bytes.length;
    expect(index.store.stats.bytes).toBeLessThan(total / 2);
  });
});

describe('ChunkedIndex faults', () => {
  const { files } = indexFiles(makeCorpus(500, 3));
  const query: IndexQuery = { facets: { country: { values: ['CN'] } }, q: 'minister' };

  it('retries a chunk that arrived corrupt once and answers as if nothing happened', async () => {
    const clean = await (await ChunkedIndex.open(sourceOf(files))).search(query);
    const source = sourceOf(files);
    const damaged = new Set<string>();
    const flaky: IndexSource = {
      fetchManifest: source.fetchManifest,
      fetchChunk: async (name, attempt) => {
        const bytes = await source.fetchChunk(name, attempt);
        if (attempt > 0 || name.startsWith('cold')) return bytes;
        damaged.add(name);
        const copy = bytes.slice();
        copy[copy.length >> 1] = (copy[copy.length >> 1] ?? 0) ^ 0xff;
        return copy;
      },
    };
    const index = await ChunkedIndex.open(flaky, { retryDelayMs: 1 });
    expect(await index.search(query)).toEqual(clean);
    expect(damaged.size).toBeGreaterThan(2);
  });

  it('names a chunk that stays missing or corrupt, and makes no answer without it', async () => {
    const source = sourceOf(files);
    const index = await ChunkedIndex.open(source, { retryDelayMs: 1 });
    const directory = await index.directory();
    const country = directory.facets.country.chunks[0]?.file ?? '';
    const attempts: number[] = [];
    const missing: IndexSource = {
      fetchManifest: source.fetchManifest,
      fetchChunk: (name, attempt) => {
        if (name === country) {
          attempts.push(attempt);
          return Promise.reject(new Error('HTTP 404'));
        }
        return source.fetchChunk(name, attempt);
      },
    };
    const broken = await ChunkedIndex.open(missing, { retryDelayMs: 1 });
    await expect(broken.search(query)).rejects.toMatchObject({
      name: 'ChunkError',
      file: country,
      reason: 'HTTP 404',
    });
    expect(attempts).toEqual([0, 1, 2, 3]);

    const corrupt: IndexSource = {
      fetchManifest: source.fetchManifest,
      fetchChunk: async (name, attempt) => {
        const bytes = await source.fetchChunk(name, attempt);
        return name === country ? bytes.subarray(0, bytes.length - 3) : bytes;
      },
    };
    await expect((await ChunkedIndex.open(corrupt, { retryDelayMs: 1 })).search(query)).rejects.toMatchObject(
      {
        file: country,
        reason: expect.stringMatching(/hash/) as unknown,
      },
    );
  });

  it('notices a deploy that replaced the dataset and never mixes the two builds', async () => {
    const live = new Map(files);
    const source = sourceOf(live);
    const index = await ChunkedIndex.open(source, { retryDelayMs: 1 });
    const next = indexFiles(makeCorpus(600, 4));
    live.clear();
    for (const [path, bytes] of next.files) live.set(path, bytes);
    await expect(index.search(query)).rejects.toMatchObject({
      name: 'DatasetChangedError',
      opened: index.build,
    });
    const reopened = await ChunkedIndex.open(source);
    const truth = new BruteForce(next.sorted);
    expect((await reopened.search(query)).total).toBe(truth.results(query).length);
  });

  it('reports a manifest it cannot read, with the field', async () => {
    const source: IndexSource = {
      fetchManifest: () => Promise.resolve({ format: 'other' }),
      fetchChunk: () => Promise.reject(new Error('no')),
    };
    await expect(ChunkedIndex.open(source)).rejects.toMatchObject({
      file: 'manifest.json',
      reason: expect.stringMatching(/^format/) as unknown,
    });
  });

  it('keeps its cache within the bound it was given', async () => {
    const index = await ChunkedIndex.open(sourceOf(files), { cacheBytes: 40_000 });
    for (const q of ['minister', 'visit', 'vaccine', 'rice', 'solar']) await index.search({ q });
    // The bound may be passed by at most the one chunk that is being added.
    const largest = Math.max(...[...files.values()].map((bytes) => bytes.length));
    expect(index.store.size).toBeLessThanOrEqual(40_000 + largest);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../ingest/build-dataset';
import type { Announcement, DataIndex, Summary } from '../../../data/schema';
import { countryName } from '../../../lib/countries';
import { foldText, queryWords } from '../../../lib/text';
import { makeAnnouncement, makeEvent, makePerson } from '../../../testing/announcement-factory';
import { FACET_KEYS, effectiveSort, emptyFilters, type FacetKey, type Filters } from '../filter-params';
import { SearchIndex } from './search-index';
import {
  bestSentence,
  bm25,
  countingFilters,
  dateHistogram,
  facetMatches,
  idf,
  matchesFilters,
  termFrequency,
  type DocFacts,
} from './query-semantics';

describe('facetMatches', () => {
  it('needs every selected value in mode all, one in mode any, and none of the excluded', () => {
    expect(facetMatches(['KH', 'TH'], ['KH', 'TH'], 'all', [])).toBe(true);
    expect(facetMatches(['KH'], ['KH', 'TH'], 'all', [])).toBe(false);
    expect(facetMatches(['KH'], ['KH', 'TH'], 'any', [])).toBe(true);
    expect(facetMatches(['VN'], ['KH', 'TH'], 'any', [])).toBe(false);
    expect(facetMatches(['KH', 'TH'], ['KH'], 'any', ['TH'])).toBe(false);
    expect(facetMatches([], [], 'any', ['TH'])).toBe(true);
  });
});

describe('ranking', () => {
  it('weighs title matches over others, and word starts over matches inside words', () => {
    expect(termFrequency('expo in nanning \u0000 china', 'expo')).toBe(2);
    expect(termFrequency('forum \u0000 china-asean expo', 'expo')).toBe(1);
    expect(termFrequency('forum \u0000 exposition', 'posit')).toBe(0.5);
    expect(termFrequency('expo expo \u0000 expo', 'expo')).toBe(5);
  });

  it('scores rarer words and more frequent matches higher, and shorter texts over longer ones', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
    expect(idf(100, 100)).toBeGreaterThan(0);
    expect(bm25([2], [1], 10, 10)).toBeGreaterThan(bm25([1], [1], 10, 10));
    expect(bm25([1], [1], 5, 10)).toBeGreaterThan(bm25([1], [1], 20, 10));
    expect(bm25([0, 0], [1, 1], 5, 10)).toBe(0);
  });
});

describe('dateHistogram', () => {
  it('bins by year, empty years included, undated left out', () => {
    expect(dateHistogram(['2017-05-01', '2015-01-02', '2017-12-31', null])).toEqual({
      unit: 'year',
      bins: [
        { period: '2015', from: '2015-01-01', to: '2015-12-31', count: 1 },
        { period: '2016', from: '2016-01-01', to: '2016-12-31', count: 0 },
        { period: '2017', from: '2017-01-01', to: '2017-12-31', count: 2 },
      ],
    });
  });

  it('bins by month when the dates span two years or less', () => {
    const { unit, bins } = dateHistogram(['2016-02-10', '2016-02-29', '2016-04-01']);
    expect(unit).toBe('month');
    expect(bins).toEqual([
      { period: '2016-02', from: '2016-02-01', to: '2016-02-29', count: 2 },
      { period: '2016-03', from: '2016-03-01', to: '2016-03-31', count: 0 },
      { period: '2016-04', from: '2016-04-01', to: '2016-04-30', count: 1 },
    ]);
    expect(dateHistogram(['2016-01-01', '2017-12-31']).bins).toHaveLength(24);
    expect(dateHistogram(['2016-01-01', '2018-01-01']).unit).toBe('year');
    expect(dateHistogram([null])).toEqual({ unit: 'year', bins: [] });
  });
});

describe('bestSentence', () => {
  const sentences = ['The minister met guests.', 'They visited Nanning and Guangxi.', 'Nanning hosted.'];
  it('picks the sentence holding the most query words, else the first', () => {
    expect(bestSentence(sentences, ['nanning', 'guangxi'], foldText)).toBe(sentences[1]);
    expect(bestSentence(sentences, ['hosted'], foldText)).toBe(sentences[2]);
    expect(bestSentence(sentences, ['zzz'], foldText)).toBe(sentences[0]);
    expect(bestSentence(sentences, [], foldText)).toBe(sentences[0]);
    expect(bestSentence([], ['a'], foldText)).toBeNull();
  });
});

// The engine against the reference semantics, on random boards and random filters.
const PEOPLE = ['Kilo Lima', 'Mike Oscar', 'Papa Quebec', 'Romeo Sierra'].map((name, i) =>
  makePerson(name, ['FR', 'TH', null, 'KH'][i] ?? null),
);
const COUNTRIES = ['FR', 'TH', 'KH', 'VN'];
const EVENTS = ['Alpha Expo', 'Bravo Forum', 'Charlie Summit'].map(makeEvent);
const WORDS = ['delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'];
const VALUES: Record<FacetKey, string[]> = {
  person: [...PEOPLE.map((p) => p.id), 'nobody'],
  country: [...COUNTRIES, 'ZZ'],
  org: [],
  event: [...EVENTS.map((e) => e.id), 'no-event'],
};

const announcementArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
  date: fc.option(
    fc.date({ min: new Date('2014-01-01'), max: new Date('2019-12-31'), noInvalidDate: true }),
    { nil: null },
  ),
  people: fc.subarray(PEOPLE),
  countries: fc.subarray(COUNTRIES),
  events: fc.subarray(EVENTS),
});

const boardArb = fc.array(announcementArb, { minLength: 1, maxLength: 25 }).map((items) =>
  items.map((item, i) =>
    makeAnnouncement({
      title: `${item.words.join(' ')} ${i}`,
      id: `item-${i}`,
      date: item.date?.toISOString().slice(0, 10) ?? null,
      people: item.people,
      countries: item.countries,
      events: item.events,
    }),
  ),
);

const subset = (values: string[]) => fc.subarray(values, { maxLength: 3 }).map((v) => [...v].sort());
const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    person: subset(VALUES.person),
    country: subset(VALUES.country),
    event: subset(VALUES.event),
    notPerson: subset(VALUES.person),
    notCountry: subset(VALUES.country),
    modes: fc.tuple(...FACET_KEYS.map(() => fc.constantFrom('all' as const, 'any' as const))),
    q: fc.array(fc.constantFrom(...WORDS, 'lima', 'thai', 'expo', 'xyz'), { maxLength: 2 }),
    from: fc.option(fc.constantFrom('2015-01-01', '2016-06-30', '2017-03-01'), { nil: null }),
    to: fc.option(fc.constantFrom('2016-12-31', '2018-01-01'), { nil: null }),
    sort: fc.constantFrom('newest' as const, 'oldest' as const, 'relevance' as const),
  })
  .map((f) => ({
    ...emptyFilters,
    person: f.person.filter((v) => !f.notPerson.includes(v)),
    country: f.country.filter((v) => !f.notCountry.includes(v)),
    event: f.event,
    mode: Object.fromEntries(FACET_KEYS.map((key, i) => [key, f.modes[i]])) as Filters['mode'],
    not: { ...emptyFilters.not, person: f.notPerson, country: f.notCountry },
    q: f.q.join(' '),
    from: f.from !== null && f.to !== null && f.from > f.to ? null : f.from,
    to: f.to,
    sort: f.sort,
  }));

/** What the search text holds, as the README says: title, places, people, events and country names. */
function factsOf(a: Announcement): DocFacts {
  const words = [
    a.title,
    ...a.places,
    ...a.people.map((p) => p.name),
    ...a.countries.flatMap((c) => [countryName(c), countryName(c, 'en')]),
    ...a.events.map((e) => e.name),
  ];
  return {
    values: {
      person: a.people.map((p) => p.id),
      country: a.countries,
      event: a.events.map((e) => e.id),
      org: a.organizations.map((o) => o.id),
    },
    text: foldText(words.join(' \u0000 ')),
    date: a.date,
  };
}

/** The summaries in list order, as the ingest writes them. */
function summariesOf(board: readonly Announcement[]): Summary[] {
  const files = buildDataset(board);
  const { shards } = files.get('index.json') as DataIndex;
  return shards.flatMap(({ file }) => (files.get(file) as { items: Summary[] }).items);
}

function indexOf(board: readonly Announcement[]): SearchIndex {
  const { people, events } = buildDataset(board).get('index.json') as DataIndex;
  const index = new SearchIndex(people, events);
  index.add(summariesOf(board));
  return index;
}

describe('SearchIndex answers as the reference semantics do', () => {
  it('matches, orders, counts and bins the same (property)', () => {
    fc.assert(
      fc.property(boardArb, filtersArb, (board, filters) => {
        const order = summariesOf(board).map((summary) => summary.id);
        const sorted = order.map((id) => board.find((a) => a.id === id) as Announcement);
        const index = indexOf(board);
        const words = queryWords(filters.q);
        const facts = sorted.map(factsOf);
        const expected = sorted.filter((_, i) => matchesFilters(facts[i] as DocFacts, filters, words));
        const result = index.search(filters, 1000, 1000);
        const ids = result.rows.map((row) => row.id);

        expect(result.total).toBe(expected.length);
        expect([...ids].sort()).toEqual(expected.map((a) => a.id).sort());
        if (effectiveSort(filters) === 'newest') expect(ids).toEqual(expected.map((a) => a.id));
        if (filters.sort === 'oldest') {
          const dated = expected
            .filter((a) => a.date)
            .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
          expect(ids).toEqual([...dated, ...expected.filter((a) => !a.date)].map((a) => a.id));
        }
        expect(result.histogram).toEqual(dateHistogram(expected.map((a) => a.date)));

        for (const key of FACET_KEYS) {
          const base = countingFilters(filters, key);
          const counted = sorted.filter((_, i) => matchesFilters(facts[i] as DocFacts, base, words));
          for (const value of VALUES[key]) {
            const want = counted.filter((a) => factsOf(a).values[key].includes(value)).length;
            const got = result.facets[key].values.find((v) => v.value === value)?.count ?? 0;
            expect(got, `${key}=${value}`).toBe(want);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives disjunctive counts in an any-facet and counts within the results in an all-facet', () => {
    const board = [
      makeAnnouncement({ title: 'One', countries: ['KH'], date: '2020-01-03' }),
      makeAnnouncement({ title: 'Two', countries: ['TH'], date: '2020-01-02' }),
      makeAnnouncement({ title: 'Three', countries: ['KH', 'TH'], date: '2020-01-01' }),
      makeAnnouncement({ title: 'Four', countries: ['VN'], date: '2019-01-01' }),
    ];
    const index = indexOf(board);
    const counts = (filters: Filters) =>
      Object.fromEntries(index.search(filters, 10, 10).facets.country.values.map((v) => [v.value, v.count]));
    const any = { ...emptyFilters, country: ['KH'], mode: { ...emptyFilters.mode, country: 'any' as const } };
    expect(index.search(any, 10, 10).total).toBe(2);
    expect(counts(any)).toEqual({ KH: 2, TH: 2, VN: 1 });
    expect(counts({ ...any, mode: emptyFilters.mode })).toEqual({ KH: 2, TH: 1 });
    const notThai = { ...any, country: ['KH', 'VN'], not: { ...emptyFilters.not, country: ['TH'] } };
    expect(index.search(notThai, 10, 10).rows.map((r) => r.title)).toEqual(['One', 'Four']);
    expect(counts(notThai)).toEqual({ KH: 1, VN: 1, TH: 0 });
  });

  it('ranks by relevance: title matches and repeated words first, ties newest first', () => {
    const board = [
      makeAnnouncement({ title: 'Budget talks', date: '2020-01-05', places: ['Expo hall'] }),
      makeAnnouncement({ title: 'Expo opens', date: '2020-01-01' }),
      makeAnnouncement({ title: 'Expo visit: the expo grows', date: '2019-01-01' }),
      makeAnnouncement({ title: 'Expo closes', date: '2020-01-03' }),
    ];
    const index = indexOf(board);
    const titles = index
      .search({ ...emptyFilters, q: 'expo', sort: 'relevance' }, 10, 0)
      .rows.map((r) => r.title);
    expect(titles).toEqual(['Expo visit: the expo grows', 'Expo closes', 'Expo opens', 'Budget talks']);
    // Without a text query, relevance falls back to newest first.
    expect(index.search({ ...emptyFilters, sort: 'relevance' }, 10, 0).rows[0]?.title).toBe('Budget talks');
  });

  it('picks each row’s snippet: the sentence with the query words, else the first', () => {
    const board = [
      makeAnnouncement({
        title: 'Talks in Nanning',
        paragraphs: ['The minister met guests. They toured Nanning. All left.'],
      }),
    ];
    const index = indexOf(board);
    expect(index.search(emptyFilters, 1, 0).rows[0]?.snippet).toBe('The minister met guests.');
    expect(index.search({ ...emptyFilters, q: 'nanning' }, 1, 0).rows[0]?.snippet).toBe(
      'They toured Nanning.',
    );
    const bare = indexOf([makeAnnouncement({ title: 'No body', paragraphs: [] })]);
    expect(bare.search(emptyFilters, 1, 0).rows[0]?.snippet).toBeNull();
  });
});

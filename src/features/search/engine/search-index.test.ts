import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../ingest/build-dataset';
import { toSummary } from '../../../../ingest/build/doc-record';
import type { DataIndex } from '../../../data/schema';
import { makeAnnouncement, makeEvent, sampleBoard } from '../../../testing/announcement-factory';
import { emptyFilters, type Filters } from '../filter-params';
import { SearchIndex } from './search-index';

function indexOf(announcements = sampleBoard): SearchIndex {
  const { people, events, organizations } = buildDataset(announcements).get('index.json') as DataIndex;
  const index = new SearchIndex(people, events, organizations);
  index.add(announcements.map(toSummary).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : -1)));
  return index;
}

const index = indexOf();
const titles = (filters: Partial<Filters>) =>
  index.search({ ...emptyFilters, ...filters }, 100, 50).rows.map((row) => row.title);

describe('SearchIndex.search', () => {
  it('returns everything, newest first, without filters', () => {
    const result = index.search(emptyFilters, 100, 50);
    expect(result.total).toBe(sampleBoard.length);
    expect(result.rows.map((r) => r.date)).toEqual(['2022-06-10', '2021-03-04', '2020-11-20', null]);
  });

  it('requires every selected value to match (AND), within and across facets', () => {
    expect(titles({ country: ['FR', 'VN'] })).toEqual(['Minister Alice Moreau Meets Vietnamese Delegation']);
    expect(titles({ country: ['FR'], person: ['somchai-prasert'] })).toEqual([
      'Thai and French Researchers Sign Agreement',
    ]);
    expect(titles({ country: ['FR', 'VN', 'TH'] })).toEqual([]);
  });

  it('matches nothing for a value the data does not know, and says which', () => {
    const result = index.search({ ...emptyFilters, person: ['nobody'], country: ['FR'] }, 10, 10);
    expect(result.total).toBe(0);
    expect(result.unknown).toEqual({ person: ['nobody'], country: [], event: [], org: [] });
  });

  it('searches titles, people, events, places and country names, ignoring case and accents', () => {
    expect(titles({ q: 'BANGKOK' })).toEqual(['Vice Minister Nguyen Van An Opens Digital Forum']);
    expect(titles({ q: 'moreau mekong' })).toHaveLength(2);
    expect(titles({ q: 'France' })).toHaveLength(2);
    expect(titles({ q: 'Nguyễn' })).toHaveLength(2);
    expect(titles({ q: 'zzz' })).toEqual([]);
  });

  it('finds words in every batch of announcements added, each announcement once', () => {
    const { people, events, organizations } = buildDataset(sampleBoard).get('index.json') as DataIndex;
    const batched = new SearchIndex(people, events, organizations);
    const summaries = sampleBoard.map(toSummary).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : -1));
    batched.add(summaries.slice(0, 1));
    batched.add(summaries.slice(1, 3));
    batched.add(summaries.slice(3));
    for (const q of ['minister', 'vietnam', 'a', 'board notice', 'expo thai', 'zzz']) {
      const filters = { ...emptyFilters, q };
      expect(batched.search(filters, 10, 0).rows, q).toEqual(index.search(filters, 10, 0).rows);
    }
    expect(batched.search({ ...emptyFilters, q: 'a' }, 10, 0).total).toBe(4);
  });

  it('filters by an inclusive date range and leaves undated items out of it', () => {
    expect(titles({ from: '2021-03-04', to: '2022-06-10' })).toHaveLength(2);
    expect(titles({ to: '2020-11-20' })).toEqual(['Thai and French Researchers Sign Agreement']);
  });

  it('names people and events in rows', () => {
    const [row] = index.search({ ...emptyFilters, q: 'bangkok' }, 1, 1).rows;
    expect(row?.people).toEqual([
      { id: 'nguyen-van-an', name: 'Nguyen Van An' },
      { id: 'somchai-prasert', name: 'Somchai Prasert' },
    ]);
    expect(row?.events).toEqual([
      { id: 'second-forum-on-digital-cooperation', name: 'Second Forum on Digital Cooperation' },
    ]);
  });
});

describe('SearchIndex facets', () => {
  it('counts the results mentioning each value, most frequent first, selected values first', () => {
    const { facets } = index.search(emptyFilters, 0, 50);
    expect(facets.country.values.map((v) => [v.value, v.count])).toEqual([
      ['TH', 2],
      ['VN', 2],
      ['FR', 2],
    ]); // ties: the value in the newest announcement first
    expect(facets.country.distinct).toBe(3);
    const narrowed = index.search({ ...emptyFilters, country: ['TH'] }, 0, 50).facets;
    expect(narrowed.country.values[0]).toEqual({ value: 'TH', label: 'Thailand', count: 2 });
    expect(narrowed.person.values.find((v) => v.value === 'somchai-prasert')?.count).toBe(2);
  });

  it('keeps a selected value listed even when no result mentions it', () => {
    const { facets } = index.search({ ...emptyFilters, country: ['TH'], q: 'zzz' }, 0, 50);
    expect(facets.country.values).toEqual([{ value: 'TH', label: 'Thailand', count: 0 }]);
  });

  it('limits the values it returns but counts them all', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      makeAnnouncement({ title: `Item ${i}`, countries: [['FR', 'DE', 'KH', 'VN', 'TH'][i % 5] ?? 'FR'] }),
    );
    const { facets } = indexOf(many).search(emptyFilters, 0, 2);
    expect(facets.country.values).toHaveLength(2);
    expect(facets.country.distinct).toBe(5);
  });

  it('finds values by label among the results', () => {
    expect(index.findValues(emptyFilters, 'person', 'SOMCH', 10)).toEqual([
      { value: 'somchai-prasert', label: 'Somchai Prasert', count: 2, generatedOnly: true },
    ]);
    expect(index.findValues({ ...emptyFilters, country: ['VN'] }, 'country', 'fra', 10)).toEqual([
      { value: 'FR', label: 'France', count: 1, generatedOnly: true },
    ]);
  });
});

describe('SearchIndex.entity', () => {
  it('describes a person with their country, count and date range', () => {
    expect(index.entity('person', 'alice-moreau')).toMatchObject({
      name: 'Alice Moreau',
      country: 'FR',
      count: 2,
      first: '2020-11-20',
      last: '2021-03-04',
    });
    expect(index.entity('person', 'nobody')).toBeNull();
  });

  it('lists a country’s people, most mentioned first', () => {
    const info = index.entity('country', 'TH');
    expect(info?.name).toBe('Thailand');
    expect(info?.people.map((p) => p.value)).toEqual(['somchai-prasert']);
  });

  it('lists the other editions of an event’s series', () => {
    const editions = [
      makeAnnouncement({
        title: 'At the expo',
        date: '2017-09-12',
        events: [makeEvent('14th China-ASEAN Expo')],
      }),
      makeAnnouncement({
        title: 'Expo again',
        date: '2018-09-12',
        events: [makeEvent('15th China-ASEAN Expo')],
      }),
      makeAnnouncement({
        title: 'Other',
        date: '2018-01-01',
        events: [makeEvent('China-ASEAN Year of Innovation')],
      }),
    ];
    const info = indexOf(editions).entity('event', '14th-china-asean-expo');
    expect(info?.editions.map((e) => [e.name, e.count])).toEqual([
      ['15th China-ASEAN Expo', 1],
      ['14th China-ASEAN Expo', 1],
    ]);
  });
});

describe('SearchIndex organisations', () => {
  it('filters by organisation id (AND with the other facets), names them in rows and counts them', () => {
    expect(titles({ org: ['unesco'] })).toEqual([
      'Minister Alice Moreau Meets Vietnamese Delegation',
      'Thai and French Researchers Sign Agreement',
    ]);
    expect(titles({ org: ['unesco', 'mekong-river-commission'] })).toEqual([
      'Thai and French Researchers Sign Agreement',
    ]);
    expect(titles({ org: ['unesco'], country: ['VN'] })).toEqual([
      'Minister Alice Moreau Meets Vietnamese Delegation',
    ]);
    const result = index.search({ ...emptyFilters, org: ['unesco', 'nobody-org'] }, 10, 10);
    expect(result.total).toBe(0);
    expect(result.unknown.org).toEqual(['nobody-org']);
    const { facets, rows } = index.search({ ...emptyFilters, q: 'paris' }, 10, 10);
    expect(rows[0]?.organizations).toEqual([
      { id: 'unesco', name: 'UNESCO' },
      { id: 'mekong-river-commission', name: 'Mekong River Commission' },
    ]);
    expect(facets.org.values.map((v) => [v.label, v.count]).sort()).toEqual([
      ['Mekong River Commission', 1],
      ['UNESCO', 1],
    ]);
  });

  it('finds announcements by an organisation’s name in the text search', () => {
    expect(titles({ q: 'river commission' })).toHaveLength(2);
  });

  it('describes an organisation with its count and dates, and what it is seen with', () => {
    expect(index.entity('org', 'unesco')).toMatchObject({
      kind: 'org',
      name: 'UNESCO',
      count: 2,
      first: '2020-11-20',
      last: '2021-03-04',
    });
    expect(index.entity('org', 'nobody-org')).toBeNull();
    const people = index.search({ ...emptyFilters, org: ['unesco'] }, 0, 10).facets.person.values;
    expect(people.map((p) => [p.value, p.count])).toEqual([
      ['alice-moreau', 2],
      ['nguyen-van-an', 1],
      ['somchai-prasert', 1],
    ]);
  });

  it('counts matches without rows: the new-since count of a followed entity', () => {
    expect(index.total({ ...emptyFilters, org: ['unesco'], from: '2021-01-01' })).toBe(1);
    expect(index.total({ ...emptyFilters, org: ['unesco'], from: '2021-03-05' })).toBe(0);
  });
});

describe('SearchIndex.related', () => {
  it('ranks announcements by what they share, people weighing most', () => {
    const related = index.related('minister-alice-moreau-meets-vietnamese-delegation', 5).map((r) => r.title);
    expect(related).toEqual([
      'Thai and French Researchers Sign Agreement',
      'Vice Minister Nguyen Van An Opens Digital Forum',
    ]);
    expect(index.related('no-such-id', 5)).toEqual([]);
  });
});

describe('SearchIndex.rows', () => {
  it('pages through the results in list order', () => {
    const filters = emptyFilters;
    const all = index.rows(filters, 0, 100).map((r) => r.id);
    expect([...index.rows(filters, 0, 2), ...index.rows(filters, 2, 2)].map((r) => r.id)).toEqual(all);
  });
});

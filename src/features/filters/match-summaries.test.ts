import { describe, expect, it } from 'vitest';
import { createDataset } from '../announcements/api/dataset';
import { toSummary } from '../../../ingest/build-dataset';
import { sampleBoard } from '../../testing/announcement-factory';
import { emptyFilters } from './filter-params';
import { countFacets, matchSummaries } from './match-summaries';

const people = sampleBoard.flatMap((a) => a.people).map(({ id, name, country }) => ({ id, name, country }));
const events = sampleBoard.flatMap((a) => a.events);
const dataset = createDataset(sampleBoard.map(toSummary), people, events);
const titles = (filters: Partial<typeof emptyFilters>) =>
  matchSummaries(dataset.summaries, { ...emptyFilters, ...filters }).map((s) => s.title);

describe('matchSummaries', () => {
  it('returns everything without filters', () => {
    expect(titles({})).toHaveLength(sampleBoard.length);
  });

  it('requires every selected value to match (AND), within and across facets', () => {
    expect(titles({ country: ['FR', 'VN'] })).toEqual(['Minister Alice Moreau Meets Vietnamese Delegation']);
    expect(titles({ country: ['FR'], person: ['somchai-prasert'] })).toEqual([
      'Thai and French Researchers Sign Agreement',
    ]);
    expect(titles({ country: ['FR', 'VN', 'TH'] })).toEqual([]);
    expect(titles({ person: ['nobody'] })).toEqual([]);
  });

  it('searches titles, people, events, places and country names, ignoring case and accents', () => {
    expect(titles({ q: 'BANGKOK' })).toEqual(['Vice Minister Nguyen Van An Opens Digital Forum']);
    expect(titles({ q: 'moreau mekong' })).toHaveLength(2);
    expect(titles({ q: 'France' })).toHaveLength(2);
    expect(titles({ q: 'Nguyễn' })).toHaveLength(2);
    expect(titles({ q: 'zzz' })).toEqual([]);
  });

  it('filters by an inclusive date range and leaves undated items out of it', () => {
    expect(titles({ from: '2021-03-04', to: '2022-06-10' })).toHaveLength(2);
    expect(titles({ to: '2020-11-20' })).toEqual(['Thai and French Researchers Sign Agreement']);
  });
});

describe('countFacets', () => {
  it('counts the announcements mentioning each value', () => {
    const counts = countFacets(dataset.summaries);
    expect(counts.country.get('FR')).toBe(2);
    expect(counts.person.get('nguyen-van-an')).toBe(2);
    expect(counts.event.get('3rd-mekong-innovation-expo')).toBe(2);
    expect(counts.country.has('CN')).toBe(false);
  });
});

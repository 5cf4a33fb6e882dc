import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_FACET,
  emptyFilters,
  hasActiveFilters,
  parseFilters,
  serializeFilters,
  toggleFacetValue,
  type Filters,
} from './filter-params';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
  it('reads repeated keys, trims, normalises case, de-duplicates and sorts', () => {
    const { filters, issues } = parse(
      'country=kh&country=CN&country=KH&person=%20Wang-Zhigang%20&event=b&event=a',
    );
    expect(filters.country).toEqual(['CN', 'KH']);
    expect(filters.person).toEqual(['wang-zhigang']);
    expect(filters.event).toEqual(['a', 'b']);
    expect(issues).toEqual([]);
  });

  it('gives empty filters for an empty query and ignores unrelated params', () => {
    expect(parse('utm_source=chat&foo=bar')).toEqual({ filters: emptyFilters, issues: [] });
  });

  it('keeps valid dates and reports invalid ones without using them', () => {
    expect(parse('from=2017-01-01&to=2017-12-31').filters).toMatchObject({
      from: '2017-01-01',
      to: '2017-12-31',
    });
    const { filters, issues } = parse('from=2017-02-30&to=yesterday');
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(issues.map((i) => i.param)).toEqual(['from', 'to']);
  });

  it('swaps a reversed date range and says so', () => {
    const { filters, issues } = parse('from=2018-01-01&to=2017-01-01');
    expect(filters).toMatchObject({ from: '2017-01-01', to: '2018-01-01' });
    expect(issues).toHaveLength(1);
  });

  it('bounds huge query strings', () => {
    const many = Array.from({ length: 80 }, (_, i) => `person=p${String(i).padStart(2, '0')}`).join('&');
    const { filters, issues } = parse(`${many}&q=${'x'.repeat(2000)}&event=${'e'.repeat(500)}`);
    expect(filters.person).toHaveLength(MAX_VALUES_PER_FACET);
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(filters.event).toEqual([]);
    expect(issues.map((i) => i.param).sort()).toEqual(['event', 'person', 'q']);
  });

  it('keeps hostile values as plain strings', () => {
    const { filters } = parse(`person=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(filters.person).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('serializeFilters', () => {
  it('writes a canonical query string with defaults left out', () => {
    const filters: Filters = { ...emptyFilters, country: ['KH', 'CN'], q: 'expo', to: '2018-01-01' };
    expect(serializeFilters(filters)).toBe('q=expo&country=CN&country=KH&to=2018-01-01');
    expect(serializeFilters(emptyFilters)).toBe('');
  });

  it('round-trips any filters through the URL', () => {
    const value = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((s) => s.trim())
      .filter(Boolean);
    const date = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 5 }),
        fc.array(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 5 }),
        fc.array(value, { maxLength: 5 }),
        fc.string({ maxLength: 30 }),
        fc.option(date, { nil: null }),
        (person, country, event, q, from) => {
          const once = parseFilters(
            new URLSearchParams(serializeFilters({ person, country, event, q, from, to: null })),
          ).filters;
          const twice = parseFilters(new URLSearchParams(serializeFilters(once))).filters;
          expect(twice).toEqual(once);
          expect(serializeFilters(twice)).toBe(serializeFilters(once));
        },
      ),
    );
  });
});

describe('toggleFacetValue', () => {
  it('adds and removes a value, keeping values sorted', () => {
    const added = toggleFacetValue({ ...emptyFilters, country: ['KH'] }, 'country', 'CN');
    expect(added.country).toEqual(['CN', 'KH']);
    expect(toggleFacetValue(added, 'country', 'KH').country).toEqual(['CN']);
    expect(hasActiveFilters(emptyFilters)).toBe(false);
    expect(hasActiveFilters(added)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FACET_KEYS,
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_FACET,
  emptyFilters,
  hasActiveFilters,
  parseFilters,
  parseHighlight,
  serializeFilters,
  setFacetMode,
  canRankByRelevance,
  effectiveSort,
  toggleExcludedValue,
  toggleFacetValue,
  withoutFacetSelection,
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

  it('reads organisations by id, lower-cased, after the other facets', () => {
    const { filters, issues } = parse('org=KOICA&org=united-nations&org=koica&event=b');
    expect(filters.org).toEqual(['koica', 'united-nations']);
    expect(issues).toEqual([]);
    expect(serializeFilters(filters)).toBe('event=b&org=koica&org=united-nations');
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
        fc.constantFrom('all' as const, 'any' as const),
        fc.array(value, { maxLength: 3 }),
        fc.constantFrom('newest' as const, 'oldest' as const, 'relevance' as const),
        (person, country, event, q, from, personMode, notEvent, sort) => {
          const filters: Filters = {
            ...emptyFilters,
            person,
            country,
            event,
            q,
            from,
            mode: { ...emptyFilters.mode, person: personMode },
            not: { ...emptyFilters.not, event: notEvent },
            sort,
          };
          const once = parseFilters(new URLSearchParams(serializeFilters(filters))).filters;
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

describe('any, all and not per facet', () => {
  it('keeps old URLs meaning what they meant: every value must match, nothing excluded', () => {
    const { filters, issues } = parse('country=KH&country=TH');
    expect(filters.mode.country).toBe('all');
    expect(filters.not.country).toEqual([]);
    expect(filters.sort).toBe('newest');
    expect(issues).toEqual([]);
  });

  it('reads <facet>_mode and repeatable not_<facet> for every facet', () => {
    const query = FACET_KEYS.map((key) => `${key}_mode=ANY&not_${key}=b&not_${key}=a`).join('&');
    const { filters, issues } = parse(`${query}&not_country=th`);
    for (const key of FACET_KEYS) expect(filters.mode[key]).toBe('any');
    expect(filters.not.person).toEqual(['a', 'b']);
    expect(filters.not.country).toEqual(['A', 'B', 'TH']);
    expect(issues).toEqual([]);
  });

  it('reports a bad mode or sort like any other bad value, and uses the default', () => {
    const { filters, issues } = parse('country_mode=some&sort=best&person_mode=any&person_mode=all');
    expect(filters.mode.country).toBe('all');
    expect(filters.mode.person).toBe('any');
    expect(filters.sort).toBe('newest');
    expect(issues).toEqual([
      { param: 'person_mode', value: 'all', message: 'Only one “person_mode” value is used' },
      { param: 'country_mode', value: 'some', message: '“country_mode” must be “all” or “any”' },
      { param: 'sort', value: 'best', message: '“sort” must be “newest” or “oldest” or “relevance”' },
    ]);
  });

  it('leaves out a value both selected and excluded, and says so', () => {
    const { filters, issues } = parse('country=TH&country=KH&not_country=TH');
    expect(filters.country).toEqual(['KH']);
    expect(filters.not.country).toEqual(['TH']);
    expect(issues.map((i) => i.param)).toEqual(['country']);
  });

  it('serializes modes and exclusions beside their facet, defaults left out', () => {
    const filters = toggleExcludedValue(
      setFacetMode({ ...emptyFilters, country: ['TH', 'KH'] }, 'country', 'any'),
      'person',
      'wang',
    );
    expect(serializeFilters({ ...filters, sort: 'oldest' })).toBe(
      'not_person=wang&country=KH&country=TH&country_mode=any&sort=oldest',
    );
    expect(serializeFilters(setFacetMode(filters, 'country', 'all'))).not.toContain('mode');
  });

  it('moves a value between selected and excluded, never both', () => {
    const selected = toggleFacetValue(emptyFilters, 'country', 'TH');
    const excluded = toggleExcludedValue(selected, 'country', 'TH');
    expect(excluded.country).toEqual([]);
    expect(excluded.not.country).toEqual(['TH']);
    expect(hasActiveFilters(excluded)).toBe(true);
    const back = toggleFacetValue(excluded, 'country', 'TH');
    expect(back.country).toEqual(['TH']);
    expect(back.not.country).toEqual([]);
    expect(toggleExcludedValue(excluded, 'country', 'TH').not.country).toEqual([]);
  });

  it('an any-chip removes the whole selection and the mode', () => {
    const any = setFacetMode({ ...emptyFilters, country: ['KH', 'TH'] }, 'country', 'any');
    expect(withoutFacetSelection(any, 'country')).toEqual(emptyFilters);
  });

  it('sorts by relevance only with a text query', () => {
    expect(effectiveSort({ q: '', sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ q: 'expo', sort: 'relevance' })).toBe('relevance');
    expect(effectiveSort({ q: '', sort: 'oldest' })).toBe('oldest');
    // Only positive words rank: an exclusion alone, or a query of punctuation, has nothing to rank by.
    expect(effectiveSort({ q: '-china', sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ q: '-"joint lab" ...', sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ q: '-china expo', sort: 'relevance' })).toBe('relevance');
    expect(canRankByRelevance('-china')).toBe(false);
    expect(canRankByRelevance('"joint lab"')).toBe(true);
    expect(hasActiveFilters({ ...emptyFilters, sort: 'oldest' })).toBe(false);
  });
});

describe('parseHighlight', () => {
  it('reads the words to mark, spaces collapsed, bounded like the search', () => {
    expect(parseHighlight(new URLSearchParams('hl=%20Nanning%20%20expo'))).toBe('Nanning expo');
    expect(parseHighlight(new URLSearchParams(''))).toBe('');
    expect(parseHighlight(new URLSearchParams(`hl=${'x'.repeat(900)}`))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

import { describe, expect, it } from 'vitest';
import { count, strings } from './strings';

describe('strings', () => {
  it('pluralises counts by the language’s rules', () => {
    expect(count(1, 'announcement')).toBe('1 announcement');
    expect(count(0, 'announcement')).toBe('0 announcements');
    expect(count(12345, 'person', 'people')).toBe('12,345 people');
  });

  it('builds the sentences the interface shows', () => {
    expect(strings.filters.chip.unknown('person', 'xyz')).toBe('Unknown person: xyz');
    expect(strings.filters.chip.value('country', 'Cambodia')).toBe('Country: Cambodia');
    expect(strings.list.resultsOf(3, 1000)).toBe('3 announcements of 1,000');
    expect(strings.demo.counts(1000, 1)).toBe('1,000 generated announcements and 1 real sample');
  });
});

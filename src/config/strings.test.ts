import { describe, expect, it } from 'vitest';
import { count, strings } from './strings';
import { strings as entityStrings } from './strings-entities';
import { strings as filterStrings } from './strings-filters';
import { strings as followingStrings } from './strings-following';
import { strings as resultStrings } from './strings-results';

describe('strings', () => {
  it('pluralises counts by the language’s rules', () => {
    expect(count(1, 'announcement')).toBe('1 announcement');
    expect(count(0, 'announcement')).toBe('0 announcements');
    expect(count(12345, 'person', 'people')).toBe('12,345 people');
  });

  it('builds the sentences the interface shows', () => {
    expect(filterStrings.filters.chip.unknown('person', 'xyz')).toBe('Unknown person: xyz');
    expect(filterStrings.filters.chip.value('country', 'Cambodia')).toBe('Country: Cambodia');
    expect(strings.list.resultsOf(3, 1000)).toBe('3 announcements of 1,000');
    expect(filterStrings.filters.chip.anyOf('country', ['Cambodia', 'Thailand'])).toBe(
      'Country: any of Cambodia, Thailand',
    );
    expect(filterStrings.filters.chip.not('Thailand')).toBe('Not Thailand');
    expect(resultStrings.histogram.bar('2017', 12)).toBe('2017: 12 announcements');
    expect(resultStrings.histogram.title('month')).toBe('Announcements per month');
    expect(strings.demo.counts(1000, 1)).toBe('1,000 generated announcements and 1 real sample');
  });

  it('gives each page’s strings the frame’s as well, and keeps the frame’s parts of a section it extends', () => {
    expect(entityStrings.appName).toBe(strings.appName);
    expect(entityStrings.filters.label).toBe(strings.filters.label);
    expect(entityStrings.filters.noMatch('person', 'x')).toBe('No person matches “x”');
    expect(filterStrings.filters.search).toBe(strings.filters.search);
    expect(followingStrings.follow.nav).toBe(strings.follow.nav);
    expect(followingStrings.follow.button).toBe('Follow');
    expect(resultStrings.errors.retry).toBe(strings.errors.retry);
  });

  it('says honestly how much of a directory is shown', () => {
    const { showing } = entityStrings.directory;
    expect(showing('country', 12, 12, '', false)).toBe('12 countries');
    expect(showing('person', 1, 1, '', false)).toBe('1 person');
    expect(showing('person', 200, 1234, '', true)).toBe(
      'Showing the 200 most mentioned of 1,234 people. Type in the box to find any other.',
    );
    expect(showing('org', 3, 40, 'min', false)).toBe('3 of 40 organisations matching “min”');
    expect(showing('person', 200, 1234, 'a', true)).toBe(
      'Showing the 200 most mentioned people matching “a”: there may be more. Type more of the name to narrow.',
    );
    expect(showing('event', 2, null, 'expo', false)).toBe('2 events matching “expo”');
  });
});

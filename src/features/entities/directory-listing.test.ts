import { describe, expect, it } from 'vitest';
import { directoryListing } from './directory-listing';

const values = [
  { value: 'th', label: 'Thailand', count: 3 },
  { value: 'kh', label: 'Cambodia', count: 9 },
  { value: 'at', label: 'Åland', count: 3 },
  { value: 'la', label: 'laos', count: 5 },
];
const labels = (rows: { label: string }[]) => rows.map((row) => row.label);

describe('directoryListing', () => {
  it('puts the most mentioned first, ties by name', () => {
    const { rows } = directoryListing(values, { sort: 'mentions', q: '', total: 4, limit: 200 });
    expect(labels(rows)).toEqual(['Cambodia', 'laos', 'Åland', 'Thailand']);
  });

  it('sorts A–Z ignoring case and accents, and leaves its input alone', () => {
    const input = [...values];
    const { rows } = directoryListing(input, { sort: 'name', q: '', total: 4, limit: 200 });
    expect(labels(rows)).toEqual(['Åland', 'Cambodia', 'laos', 'Thailand']);
    expect(input).toEqual(values);
  });

  it('orders numbers in names by their value', () => {
    const editions = [
      { value: 'b', label: '10th Expo', count: 1 },
      { value: 'a', label: '9th Expo', count: 1 },
    ];
    const { rows } = directoryListing(editions, { sort: 'name', q: '', total: 2, limit: 200 });
    expect(labels(rows)).toEqual(['9th Expo', '10th Expo']);
  });

  it('is whole when the archive holds no more than the worker gave', () => {
    expect(directoryListing(values, { sort: 'mentions', q: '', total: 4, limit: 4 }).cut).toBe(false);
  });

  it('is cut when the archive holds more than the worker gave', () => {
    const listing = directoryListing(values, { sort: 'name', q: '', total: 1234, limit: 4 });
    expect(listing).toMatchObject({ cut: true, total: 1234 });
  });

  it('with a search text, is cut exactly when the worker reached its limit', () => {
    expect(directoryListing(values, { sort: 'mentions', q: 'a', total: 1234, limit: 4 }).cut).toBe(true);
    expect(directoryListing(values, { sort: 'mentions', q: 'a', total: 1234, limit: 5 }).cut).toBe(false);
  });

  it('before the total is known, judges by the limit alone', () => {
    expect(directoryListing(values, { sort: 'mentions', q: '', total: null, limit: 4 }).cut).toBe(true);
    expect(directoryListing(values, { sort: 'mentions', q: '', total: null, limit: 200 }).cut).toBe(false);
  });
});

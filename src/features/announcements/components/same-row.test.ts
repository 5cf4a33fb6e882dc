import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../search';
import { sameRow } from './same-row';

const row: ResultRow = {
  id: 'talks',
  title: 'Talks open',
  date: '2021-01-01',
  generated: false,
  people: [{ id: 'hun-sen', name: 'Hun Sen' }],
  countries: ['KH', 'TH'],
  events: [{ id: 'expo', name: 'Expo' }],
  organizations: [{ id: 'unesco', name: 'UNESCO' }],
  snippet: 'They met.',
};
const copy = (): ResultRow => structuredClone(row);

describe('sameRow', () => {
  it('holds for a copy (what each answer of the worker is)', () => {
    expect(sameRow(row, copy())).toBe(true);
  });

  it('fails when anything shown differs', () => {
    const changes: Partial<ResultRow>[] = [
      { id: 'other' },
      { title: 'Talks close' },
      { date: null },
      { generated: true },
      { snippet: 'Another sentence.' },
      { countries: ['KH'] },
      { countries: ['TH', 'KH'] },
      { people: [{ id: 'hun-sen', name: 'Samdech Hun Sen' }] },
      { people: [] },
      { events: [{ id: 'expo-2', name: 'Expo' }] },
      { organizations: [] },
    ];
    for (const change of changes)
      expect(sameRow(row, { ...copy(), ...change }), JSON.stringify(change)).toBe(false);
  });
});

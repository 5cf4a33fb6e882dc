import { describe, expect, it } from 'vitest';
import type { ResultRow } from './engine/types';
import { snippetBatches, withSnippets } from './lazy-snippets';

const rows = (count: number): ResultRow[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    title: `Title ${i}`,
    date: null,
    generated: false,
    people: [],
    countries: [],
    events: [],
    organizations: [],
    snippet: `First sentence ${i}.`,
  }));

describe('snippetBatches', () => {
  it('asks for nothing while the rows shown have their sentences', () => {
    expect(snippetBatches(rows(100), 20, 15, 20)).toEqual([]);
    expect(snippetBatches(rows(100), 20, -1, 20)).toEqual([]);
  });

  it('asks for the rows shown beyond the first answer, batch by batch', () => {
    const batches = snippetBatches(rows(150), 20, 45, 20);
    expect(batches).toEqual([
      Array.from({ length: 20 }, (_, i) => `a${20 + i}`),
      Array.from({ length: 20 }, (_, i) => `a${40 + i}`),
    ]);
  });

  it('asks from the first row when the first answer held none (superseded), and stops at the last row', () => {
    const batches = snippetBatches(rows(25), 0, 99, 20);
    expect(batches.map((b) => b.length)).toEqual([20, 5]);
    expect(batches[0]?.[0]).toBe('a0');
  });
});

describe('withSnippets', () => {
  it('puts the matching sentences found in place, keeping the first sentence where none matched', () => {
    const found = new Map<string, string | null>([
      ['a1', 'The matching one.'],
      ['a2', null],
    ]);
    expect(withSnippets(rows(3), found).map((row) => row.snippet)).toEqual([
      'First sentence 0.',
      'The matching one.',
      'First sentence 2.',
    ]);
  });
});

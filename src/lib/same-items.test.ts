import { describe, expect, it } from 'vitest';
import { sameItems } from './same-items';

describe('sameItems', () => {
  it('compares item by item, in order', () => {
    expect(sameItems(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameItems(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameItems(['a'], ['a', 'b'])).toBe(false);
    expect(sameItems([], [])).toBe(true);
  });

  it('compares copies by what they hold when told how', () => {
    const byId = (x: { id: string }, y: { id: string }) => x.id === y.id;
    expect(sameItems([{ id: '1' }], [{ id: '1' }])).toBe(false);
    expect(sameItems([{ id: '1' }], [{ id: '1' }], byId)).toBe(true);
    expect(sameItems([{ id: '1' }], [{ id: '2' }], byId)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { remembered } from './memo';

describe('remembered', () => {
  it('computes once per key, null answers included, and forgets everything when full', () => {
    const asked: string[] = [];
    const lookup = remembered((key: string) => {
      asked.push(key);
      return key === 'none' ? null : key.length;
    }, 2);
    expect([lookup('ab'), lookup('none'), lookup('ab'), lookup('none')]).toEqual([2, null, 2, null]);
    expect(asked).toEqual(['ab', 'none']);
    lookup('abc'); // a third key: the memory was full, so it starts again with this one
    lookup('ab');
    expect(asked).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_DIRECTORY_QUERY_LENGTH,
  parseDirectoryParams,
  serializeDirectoryParams,
} from './directory-params';

const parse = (search: string) => parseDirectoryParams(new URLSearchParams(search));

describe('directory params', () => {
  it('reads nothing as the plain directory, most mentioned first', () => {
    expect(parse('')).toEqual({ params: { q: '', sort: 'mentions' }, issues: [] });
  });

  it('reads the text and the sort, tidying spaces and case', () => {
    expect(parse('q=%20%20cam%20%20bo%20&sort=NAME').params).toEqual({ q: 'cam bo', sort: 'name' });
  });

  it('reports a sort it does not know and uses the default', () => {
    const { params, issues } = parse('sort=popular');
    expect(params.sort).toBe('mentions');
    expect(issues).toEqual([
      { param: 'sort', value: 'popular', message: '“sort” must be “mentions” or “name”' },
    ]);
  });

  it('uses the first of repeated values and says so', () => {
    const { params, issues } = parse('q=a&q=b&sort=name&sort=mentions');
    expect(params).toEqual({ q: 'a', sort: 'name' });
    expect(issues.map((issue) => issue.param)).toEqual(['q', 'sort']);
  });

  it('cuts an overlong text and says so', () => {
    const { params, issues } = parse(`q=${'x'.repeat(500)}`);
    expect(params.q).toHaveLength(MAX_DIRECTORY_QUERY_LENGTH);
    expect(issues[0]?.message).toMatch(/cut to its first/);
  });

  it('ignores params that are not its own', () => {
    expect(parse('country=KH&utm_source=mail')).toEqual({ params: { q: '', sort: 'mentions' }, issues: [] });
  });

  it('writes defaults as nothing, and round-trips what it writes', () => {
    expect(serializeDirectoryParams({ q: '  ', sort: 'mentions' })).toBe('');
    const search = serializeDirectoryParams({ q: ' Nguyễn  Van ', sort: 'name' });
    expect(search).toBe('q=Nguy%E1%BB%85n+Van&sort=name');
    expect(parse(search).params).toEqual({ q: 'Nguyễn Van', sort: 'name' });
  });
});

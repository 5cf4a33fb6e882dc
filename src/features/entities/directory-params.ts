/** How a directory is ordered: most mentioned first (the default, left out of the URL), or by name. */
export const DIRECTORY_SORTS = ['mentions', 'name'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/** A directory's state. It lives only in the URL (`?q=…&sort=name`); this is its parsed, typed form. */
export interface DirectoryParams {
  /** Text the names must contain (case and accents ignored by the worker); '' lists all. */
  q: string;
  sort: DirectorySort;
}

/** A URL value that was ignored, and why; shown to the user rather than crashed on. */
export interface DirectoryIssue {
  param: string;
  value: string;
  message: string;
}

export const defaultDirectoryParams: DirectoryParams = { q: '', sort: 'mentions' };

/** Longer than any name: a longer `q` is cut to this, and said so. */
export const MAX_DIRECTORY_QUERY_LENGTH = 100;

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/**
 * Parses a directory URL's search params. `q` is trimmed with its inner spaces collapsed, so equal
 * searches give equal URLs and query keys; bad values are reported in `issues`, never thrown. Other
 * params are left alone (they belong to nobody here).
 */
export function parseDirectoryParams(params: URLSearchParams): {
  params: DirectoryParams;
  issues: DirectoryIssue[];
} {
  const issues: DirectoryIssue[] = [];
  const [rawQ = '', ...moreQ] = params.getAll('q');
  if (moreQ.length > 0) issues.push({ param: 'q', value: moreQ.join(', '), message: 'Only one “q” is used' });
  let q = rawQ.trim().replace(/\s+/g, ' ');
  if (q.length > MAX_DIRECTORY_QUERY_LENGTH) {
    issues.push({
      param: 'q',
      value: shorten(q),
      message: `“q” is cut to its first ${MAX_DIRECTORY_QUERY_LENGTH} characters`,
    });
    q = q.slice(0, MAX_DIRECTORY_QUERY_LENGTH).trimEnd();
  }

  const [rawSort, ...moreSorts] = params
    .getAll('sort')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (moreSorts.length > 0)
    issues.push({ param: 'sort', value: moreSorts.join(', '), message: 'Only one “sort” is used' });
  let sort = defaultDirectoryParams.sort;
  if (rawSort !== undefined) {
    if ((DIRECTORY_SORTS as readonly string[]).includes(rawSort)) sort = rawSort as DirectorySort;
    else
      issues.push({
        param: 'sort',
        value: shorten(rawSort),
        message: `“sort” must be ${DIRECTORY_SORTS.map((s) => `“${s}”`).join(' or ')}`,
      });
  }
  return { params: { q, sort }, issues };
}

/** The query string of `params`, without `?`; defaults are left out, so the plain directory is ''. */
export function serializeDirectoryParams(params: DirectoryParams): string {
  const search = new URLSearchParams();
  const q = params.q.trim().replace(/\s+/g, ' ');
  if (q) search.set('q', q);
  if (params.sort !== defaultDirectoryParams.sort) search.set('sort', params.sort);
  return search.toString();
}

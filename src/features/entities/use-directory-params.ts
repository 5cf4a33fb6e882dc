import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseDirectoryParams, serializeDirectoryParams, type DirectoryParams } from './directory-params';

/** A directory's text and sort from the URL, and the way to change them. Its only reader of the params. */
export function useDirectoryParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { params, issues } = parseDirectoryParams(searchParams);
  /** Changes the params from what the URL says when the change happens (a typed text may be pending). */
  const updateParams = useCallback(
    (change: (current: DirectoryParams) => DirectoryParams, options: { replace?: boolean } = {}) => {
      setSearchParams((current) => serializeDirectoryParams(change(parseDirectoryParams(current).params)), {
        replace: options.replace ?? false,
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );
  return { params, issues, updateParams };
}

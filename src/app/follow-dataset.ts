import type { QueryClient, Query } from '@tanstack/react-query';
import { announcementQueries } from '../features/announcements';
import { loadProgress, searchQueries } from '../features/search';

type BuildSource = Pick<typeof loadProgress, 'get' | 'subscribe'>;

/** The page's pinned dataset version: dropped, so the next file is read from the version now current. */
async function forgetPageDatasetBase(): Promise<void> {
  // Loaded on demand, as the detail does: the validation library stays out of the first download.
  (await import('../data/fetch-data')).forgetDatasetBase();
}

/** What the page cached of the old build: search answers (not the opening itself) and announcement files. */
function ofOldBuild(query: Query): boolean {
  const [scope, kind] = query.queryKey;
  if (scope === searchQueries.all()[0]) return kind !== 'dataset';
  return scope === announcementQueries.all()[0];
}

/**
 * After a deploy the worker answers from the new build and says so in its progress (`build`). The page then
 * reads its own files (announcements, profiles) from the new version too, since the ingest removes all
 * but the two newest, and what it cached of the old build is dropped: what is on screen is fetched again
 * (kept in view meanwhile), the rest when next shown. Returns the unsubscribe.
 */
export function followDatasetBuilds(
  queryClient: QueryClient,
  progress: BuildSource = loadProgress,
  forgetBase: () => Promise<void> = forgetPageDatasetBase,
): () => void {
  let build = progress.get()?.build;
  return progress.subscribe(() => {
    const next = progress.get()?.build;
    if (next === undefined || next === build) return;
    const switched = build !== undefined;
    build = next;
    if (!switched) return;
    void forgetBase().then(async () => {
      queryClient.removeQueries({ type: 'inactive', predicate: ofOldBuild });
      // Fetched directly: refetchQueries leaves out queries whose staleTime is 'static', as these are.
      const shown = queryClient.getQueryCache().findAll({ type: 'active', predicate: ofOldBuild });
      await Promise.all(
        shown.map((query) => query.fetch(undefined, { cancelRefetch: true }).catch(() => undefined)),
      );
    });
  });
}

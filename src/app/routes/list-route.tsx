import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { FeedLink } from '../../components/feed-link';
import { deferred } from '../../components/deferred';
import { ErrorState } from '../../components/status';
import { BOARD_FEED_PATH } from '../../config/paths';
import { firstContentShown } from '../../lib/after-first-content';
import { useHotkeys } from '../../lib/use-hotkeys';
import { whenIdle } from '../../lib/when-idle';
import {
  DateHistogram,
  DateRange,
  ExportButtons,
  FACET_KEYS,
  FacetPanel,
  type Filters,
  hasActiveFilters,
  loadProgress,
  parseFilters,
  SearchBox,
  searchQueries,
  SortSelect,
  useFilters,
  useSearchResults,
} from '../../features/search';
import { AnnouncementList } from '../../features/announcements';
import { ResultsSkeleton } from '../../components/results-skeleton';
import { preloadDetail } from './detail-loader';
import { strings } from '../../config/strings';

// Shown only when the link or the data has a problem: loaded after the first results (decision 0021).
const LinkIssues = deferred(() => import('../../components/link-issues').then((m) => m.LinkIssues));
const DataProblems = deferred(() => import('../../components/data-problems').then((m) => m.DataProblems));
const ListFilterChips = deferred(() => import('./list-filter-chips').then((m) => m.ListFilterChips));
// Shown only when nothing matches: the count above it says so meanwhile.
const EmptyResults = deferred(() => import('./empty-results').then((m) => m.EmptyResults));

/**
 * Asks the worker for the results of the list URL's query (`search`) now, not after the route has rendered:
 * the worker computes while the page renders the clicked checkbox. Not awaited: the old results stay on
 * screen meanwhile. A failure shows where the results do.
 */
export function startListResults(queryClient: QueryClient, search: string): void {
  const { filters } = parseFilters(new URLSearchParams(search));
  const loaded = loadProgress.get()?.loaded ?? 0;
  queryClient.infiniteQuery(searchQueries.results(filters, loaded)).catch(() => undefined);
}

export function listLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await queryClient.query(searchQueries.dataset());
    startListResults(queryClient, new URL(request.url).search);
    return null;
  };
}

/**
 * A change of the list's query alone (a facet clicked, a word typed, Back) does not run the loader again:
 * the dataset it waits for is open, and a navigation without loaders commits at once, in one render,
 * rather than rendering the page once more for its pending state first. The router starts the results
 * instead (router.tsx). Anything else (a retry, coming from another page) runs it.
 */
export function listShouldRevalidate({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  return currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;
}

/** How many chips the active filters show (list-filter-chips.tsx), for the phone's "Search and filters" button. */
function activeFilterCount(filters: Filters): number {
  let n = (filters.q ? 1 : 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);
  for (const key of FACET_KEYS) {
    n += filters.mode[key] === 'any' && filters[key].length > 0 ? 1 : filters[key].length;
    n += filters.not[key].length;
  }
  return n;
}

export function ListRoute() {
  const { filters, issues, setFilters, updateFilters, hrefFor } = useFilters();
  const { progress, loaded, summary, rows, onRowsShown, total, filtered, hasMore, loadMore, error, retry } =
    useSearchResults(filters);
  const activeCount = activeFilterCount(filters);
  // Stable while the URL is, so the memoised parts below skip the re-render.
  const search = useCallback(
    (q: string) => {
      updateFilters((current) => ({ ...current, q }), { replace: true });
    },
    [updateFilters],
  );
  const narrowDates = useCallback(
    (range: { from: string | null; to: string | null }) => {
      updateFilters((current) => ({ ...current, ...range }));
    },
    [updateFilters],
  );
  const sortBy = useCallback(
    (sort: Filters['sort']) => {
      updateFilters((current) => ({ ...current, sort }));
    },
    [updateFilters],
  );
  const filtering = hasActiveFilters(filters);
  const stillLoading = progress !== null && !progress.complete;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerToggle = useRef<HTMLButtonElement>(null);
  const closeDrawer = () => {
    setDrawerOpen(false);
    drawerToggle.current?.focus();
  };
  useHotkeys({ '/': () => document.getElementById('search')?.focus() });
  const shown = summary !== undefined || error !== null;
  useEffect(() => {
    if (shown) firstContentShown();
  }, [shown]);
  const hasResults = summary !== undefined;
  // Once results are on screen, the detail's code is fetched while the page is idle: opening one then waits
  // for its announcement only.
  useEffect(() => (hasResults ? whenIdle(preloadDetail, 2000) : undefined), [hasResults]);
  useEffect(() => {
    if (!drawerOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        setDrawerOpen(false);
        drawerToggle.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [drawerOpen]);

  const filterPanel = (
    <div className="divide-y divide-slate-200 dark:divide-slate-800">
      <div className="pb-3">
        <SearchBox value={filters.q} onChange={search} />
      </div>
      <FacetPanel facets={summary?.facets} filters={filters} loaded={loaded} onChange={setFilters} />
      <DateRange from={filters.from} to={filters.to} onChange={narrowDates} />
    </div>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <FeedLink path={BOARD_FEED_PATH} title={strings.list.feed} />
      <title>{filtering ? strings.pageTitle(strings.list.results(total)) : strings.appName}</title>
      {/* One filter panel: a sidebar on wide screens, a drawer over the page on narrow ones. */}
      <aside
        id="filters"
        aria-label={strings.filters.label}
        className={`${drawerOpen ? 'fixed inset-0 z-40 overflow-y-auto bg-white p-4 dark:bg-slate-950' : 'hidden'} lg:static lg:block lg:overflow-visible lg:bg-transparent lg:p-0`}
      >
        <div className="mb-2 flex items-center justify-between lg:hidden">
          <h2 className="text-lg font-semibold">{strings.list.filtersHeading}</h2>
          <button
            type="button"
            onClick={closeDrawer}
            className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800"
          >
            {strings.list.showResults(total)}
          </button>
        </div>
        {filterPanel}
      </aside>

      <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="results-heading" className="text-2xl font-bold tracking-tight">
            {strings.list.heading}
          </h1>
          <p
            aria-live="polite"
            className="text-sm text-slate-600 dark:text-slate-400"
            data-testid="result-count"
          >
            {summary === undefined
              ? strings.list.counting
              : filtered
                ? strings.list.resultsOf(total, loaded)
                : strings.list.results(total)}
            {stillLoading && strings.list.stillLoading(loaded, progress.total)}
          </p>
        </div>
        <SortSelect value={filters.sort} query={filters.q} onChange={sortBy} />
        <button
          ref={drawerToggle}
          type="button"
          aria-controls="filters"
          aria-expanded={drawerOpen}
          onClick={() => {
            setDrawerOpen(true);
            requestAnimationFrame(() => document.getElementById('search')?.focus());
          }}
          className="w-full rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50 lg:hidden dark:border-slate-700 dark:hover:bg-slate-900"
        >
          {strings.list.filtersToggle(activeCount)}
        </button>
        <ListFilterChips filters={filters} result={summary} hrefFor={hrefFor} />
        {summary !== undefined && total > 0 && <ExportButtons filters={filters} total={total} />}
        <LinkIssues issues={issues} tidyHref={hrefFor(filters)} />
        <DataProblems problems={progress?.problems ?? []} />
        {error ? (
          <ErrorState title={strings.list.resultsError} onRetry={retry}>
            <p>{error.message}</p>
          </ErrorState>
        ) : summary === undefined ? (
          <ResultsSkeleton />
        ) : total === 0 ? (
          <EmptyResults filtering={filtering} loading={stillLoading} />
        ) : (
          <>
            <DateHistogram
              histogram={summary.histogram}
              from={filters.from}
              to={filters.to}
              onSelect={narrowDates}
            />
            <AnnouncementList
              rows={rows}
              total={total}
              hasMore={hasMore}
              onLoadMore={loadMore}
              query={filters.q}
              onRowsShown={onRowsShown}
            />
          </>
        )}
      </section>
    </div>
  );
}

import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { FeedLink } from '../../components/feed-link';
import { LinkIssues } from '../../components/link-issues';
import { ErrorState } from '../../components/status';
import { BOARD_FEED_PATH, paths } from '../../config/paths';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/dates';
import { useHotkeys } from '../../lib/use-hotkeys';
import { whenIdle } from '../../lib/when-idle';
import {
  type ActiveFilter,
  ActiveFilters,
  DateHistogram,
  DateRange,
  emptyFilters,
  ExportButtons,
  FACET_KEYS,
  FacetPanel,
  type Filters,
  hasActiveFilters,
  loadProgress,
  parseFilters,
  SearchBox,
  searchQueries,
  type SearchResult,
  serializeFilters,
  SortSelect,
  toggleExcludedValue,
  toggleFacetValue,
  useFilters,
  useSearchResults,
  withoutFacetSelection,
} from '../../features/search';
import { AnnouncementList } from '../../features/announcements';
import { ResultsSkeleton } from '../../components/results-skeleton';
import { DataProblems } from '../../components/data-problems';
import { preloadDetail } from './detail-loader';
import { strings } from '../../config/strings';

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

function activeFiltersOf(
  filters: Filters,
  result: SearchResult | undefined,
  hrefFor: (f: Filters) => string,
): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.q) {
    active.push({
      key: 'q',
      label: strings.filters.chip.search(filters.q),
      removeHref: hrefFor({ ...filters, q: '' }),
    });
  }
  for (const key of FACET_KEYS) {
    const isUnknown = (value: string) => result?.unknown[key].includes(value) ?? false;
    const labelOf = (value: string) =>
      isUnknown(value)
        ? strings.filters.chip.unknown(key, value)
        : (result?.facets[key].values.find((v) => v.value === value)?.label ??
          (key === 'country' ? countryName(value) : value));
    if (filters.mode[key] === 'any' && filters[key].length > 0) {
      // One chip for the whole choice: its values are alternatives, removed together.
      active.push({
        key: `${key}:any`,
        label: strings.filters.chip.anyOf(key, filters[key].map(labelOf)),
        unknown: filters[key].some(isUnknown),
        removeHref: hrefFor(withoutFacetSelection(filters, key)),
      });
    } else {
      for (const value of filters[key]) {
        active.push({
          key: `${key}:${value}`,
          label: isUnknown(value) ? labelOf(value) : strings.filters.chip.value(key, labelOf(value)),
          unknown: isUnknown(value),
          removeHref: hrefFor(toggleFacetValue(filters, key, value)),
        });
      }
    }
    for (const value of filters.not[key]) {
      active.push({
        key: `not-${key}:${value}`,
        label: isUnknown(value)
          ? strings.filters.chip.notUnknown(key, value)
          : strings.filters.chip.not(labelOf(value)),
        unknown: isUnknown(value),
        removeHref: hrefFor(toggleExcludedValue(filters, key, value)),
      });
    }
  }
  if (filters.from) {
    active.push({
      key: 'from',
      label: strings.filters.chip.from(formatDate(filters.from)),
      removeHref: hrefFor({ ...filters, from: null }),
    });
  }
  if (filters.to) {
    active.push({
      key: 'to',
      label: strings.filters.chip.to(formatDate(filters.to)),
      removeHref: hrefFor({ ...filters, to: null }),
    });
  }
  return active;
}

export function ListRoute() {
  const { filters, issues, setFilters, updateFilters, hrefFor } = useFilters();
  const { progress, loaded, summary, rows, onRowsShown, total, filtered, hasMore, loadMore, error, retry } =
    useSearchResults(filters);
  // Kept the same while filters and results are (the memoised parts below then skip the re-render).
  const active = useMemo(() => activeFiltersOf(filters, summary, hrefFor), [filters, summary, hrefFor]);
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
          {strings.list.filtersToggle(active.length)}
        </button>
        <ActiveFilters filters={active} clearHref={paths.list.href()} />
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

function EmptyResults({ filtering, loading }: { filtering: boolean; loading: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">
        {filtering ? strings.list.emptyFilteredTitle : strings.list.emptyTitle}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {filtering ? strings.list.emptyFilteredText(loading) : strings.list.emptyText}
      </p>
      {filtering && (
        <Link
          to={paths.list.href(serializeFilters(emptyFilters))}
          className="mt-4 inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800"
        >
          {strings.list.clearAllFilters}
        </Link>
      )}
    </div>
  );
}

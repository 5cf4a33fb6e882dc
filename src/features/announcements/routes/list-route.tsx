import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Notice } from '../../../components/ui/status';
import { paths } from '../../../config/paths';
import { countryName } from '../../../lib/countries';
import { pluralize } from '../../../lib/text';
import { ActiveFilters, type ActiveFilter } from '../../filters/components/active-filters';
import { DateRange } from '../../filters/components/date-range';
import { FacetFilter, type FacetOption } from '../../filters/components/facet-filter';
import { SearchBox } from '../../filters/components/search-box';
import {
  FACET_KEYS,
  emptyFilters,
  hasActiveFilters,
  serializeFilters,
  toggleFacetValue,
  withFacetValue,
  type FacetKey,
  type Filters,
} from '../../filters/filter-params';
import { countFacets, matchSummaries } from '../../filters/match-summaries';
import { useFilters } from '../../filters/use-filters';
import { announcementQueries } from '../api/announcement-queries';
import type { Dataset } from '../api/dataset';
import { AnnouncementList } from '../components/announcement-list';
import { DataProblems } from '../components/data-problems';

export function listLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.query(announcementQueries.dataset());
    return null;
  };
}

const FACET_TEXT: Record<FacetKey, { title: string; noun: string }> = {
  person: { title: 'People', noun: 'person' },
  country: { title: 'Countries', noun: 'country' },
  event: { title: 'Events', noun: 'event' },
};

function isKnown(dataset: Dataset, key: FacetKey, value: string): boolean {
  if (key === 'person') return dataset.people.has(value);
  if (key === 'event') return dataset.events.has(value);
  return dataset.countries.includes(value);
}

function labelOf(dataset: Dataset, key: FacetKey, value: string): string {
  if (key === 'person') return dataset.people.get(value)?.name ?? value;
  if (key === 'event') return dataset.events.get(value)?.name ?? value;
  return countryName(value);
}

function activeFiltersOf(
  dataset: Dataset,
  filters: Filters,
  hrefFor: (f: Filters) => string,
): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.q)
    active.push({ key: 'q', label: `Search: “${filters.q}”`, removeHref: hrefFor({ ...filters, q: '' }) });
  for (const key of FACET_KEYS) {
    for (const value of filters[key]) {
      const known = isKnown(dataset, key, value);
      const { noun } = FACET_TEXT[key];
      active.push({
        key: `${key}:${value}`,
        label: known
          ? `${noun[0]?.toUpperCase()}${noun.slice(1)}: ${labelOf(dataset, key, value)}`
          : `Unknown ${noun}: ${value}`,
        unknown: !known,
        removeHref: hrefFor(toggleFacetValue(filters, key, value)),
      });
    }
  }
  if (filters.from)
    active.push({
      key: 'from',
      label: `From ${filters.from}`,
      removeHref: hrefFor({ ...filters, from: null }),
    });
  if (filters.to)
    active.push({ key: 'to', label: `To ${filters.to}`, removeHref: hrefFor({ ...filters, to: null }) });
  return active;
}

function facetOptions(
  dataset: Dataset,
  key: FacetKey,
  counts: Map<string, number>,
  selected: readonly string[],
): FacetOption[] {
  const values = new Set([...counts.keys(), ...selected.filter((v) => isKnown(dataset, key, v))]);
  return [...values]
    .map((value) => ({
      value,
      label: labelOf(dataset, key, value),
      count: counts.get(value) ?? 0,
      selected: selected.includes(value),
    }))
    .sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label),
    );
}

export function ListRoute() {
  const { data: dataset } = useSuspenseQuery(announcementQueries.dataset());
  const { filters, issues, setFilters, hrefFor } = useFilters();
  const results = useMemo(() => matchSummaries(dataset.summaries, filters), [dataset, filters]);
  const counts = useMemo(() => countFacets(results), [results]);
  const active = activeFiltersOf(dataset, filters, hrefFor);
  const filtering = hasActiveFilters(filters);
  const filterKey = serializeFilters(filters);

  const filterPanel = (
    <div className="divide-y divide-slate-200 dark:divide-slate-800">
      <div className="pb-3">
        <SearchBox
          value={filters.q}
          onChange={(q) => {
            setFilters({ ...filters, q }, { replace: true });
          }}
        />
      </div>
      {FACET_KEYS.map((key) => (
        <FacetFilter
          key={key}
          {...FACET_TEXT[key]}
          options={facetOptions(dataset, key, counts[key], filters[key])}
          onToggle={(value) => {
            setFilters(toggleFacetValue(filters, key, value));
          }}
        />
      ))}
      <DateRange
        from={filters.from}
        to={filters.to}
        onChange={(range) => {
          setFilters({ ...filters, ...range });
        }}
      />
    </div>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <title>
        {filtering
          ? `${pluralize(results.length, 'announcement')} · Announcement Reader`
          : 'Announcement Reader'}
      </title>
      <aside aria-label="Filters" className="hidden lg:block">
        {filterPanel}
      </aside>
      <details className="rounded-lg border border-slate-200 p-3 lg:hidden dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-semibold">
          Search and filters{active.length > 0 ? ` (${active.length} active)` : ''}
        </summary>
        <div className="mt-2">{filterPanel}</div>
      </details>

      <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 id="results-heading" className="text-2xl font-bold tracking-tight">
            Announcements
          </h1>
          <p
            aria-live="polite"
            className="text-sm text-slate-600 dark:text-slate-400"
            data-testid="result-count"
          >
            {filtering
              ? `${pluralize(results.length, 'announcement')} of ${dataset.summaries.length.toLocaleString()}`
              : pluralize(results.length, 'announcement')}
          </p>
        </div>
        <ActiveFilters filters={active} clearHref={paths.list.href()} />
        {issues.length > 0 && (
          <Notice title="Parts of this link were not understood and are ignored">
            <ul className="list-disc pl-5">
              {issues.map((issue, i) => (
                <li key={i}>
                  {issue.message} ({issue.param}={issue.value})
                </li>
              ))}
            </ul>
            <Link to={hrefFor(filters)} replace className="mt-2 inline-block font-medium underline">
              Tidy the link
            </Link>
          </Notice>
        )}
        <DataProblems problems={dataset.problems} />
        {results.length === 0 ? (
          <EmptyResults filtering={filtering} />
        ) : (
          <AnnouncementList
            key={filterKey}
            summaries={results}
            people={dataset.people}
            events={dataset.events}
            filterHref={(key, value) => hrefFor(withFacetValue(filters, key, value))}
          />
        )}
      </section>
    </div>
  );
}

function EmptyResults({ filtering }: { filtering: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">
        {filtering ? 'No announcement matches these filters' : 'No announcements yet'}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {filtering
          ? 'Every selected filter has to match. Remove one, or start again.'
          : 'The dataset is empty. Run the ingest command to add announcements.'}
      </p>
      {filtering && (
        <Link
          to={paths.list.href(serializeFilters(emptyFilters))}
          className="mt-4 inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800"
        >
          Clear all filters
        </Link>
      )}
    </div>
  );
}

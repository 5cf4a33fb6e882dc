import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { GeneratedBadge } from '../../components/badge';
import { Breadcrumb } from '../../components/breadcrumb';
import { FeedLink } from '../../components/feed-link';
import { Skeleton } from '../../components/status';
import { directoryHref, entityHref, feedPath, paths } from '../../config/paths';
import { AnnouncementList } from '../../features/announcements';
import { CountryLabel } from '../../components/entity-links';
import { Flag, hasFlag } from '../../components/flag';
import { NotFound } from '../../components/not-found';
import {
  ActiveFilters,
  DateHistogram,
  emptyFilters,
  ExportButtons,
  hasActiveFilters,
  type FacetKey,
  type Filters,
  searchQueries,
  serializeFilters,
  useFilters,
  useSearchResults,
} from '../../features/search';
import { formatDate } from '../../lib/dates';
import { EntityFacts, dateSpan } from '../../features/entities';
import { FollowButton } from '../../features/following';
import { strings } from '../../config/strings-entities';

export function entityLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.query(searchQueries.dataset());
    return null;
  };
}

function normalizeId(kind: FacetKey, raw: string): string {
  return kind === 'country' ? raw.toUpperCase() : raw.toLowerCase();
}

/**
 * The page of one person, country, event or organisation: who, when, with whom, and every announcement
 * about it.
 */
export function EntityRoute({ kind }: { kind: FacetKey }) {
  const params = useParams();
  const id = normalizeId(kind, params.id ?? params.code ?? '');
  // The page's own URL may narrow its announcements to a period (the histogram's bars set it).
  const { filters: pageFilters } = useFilters();
  const navigate = useNavigate();
  const { from, to } = pageFilters;
  // Its other list filters are not applied here: say so, and link to the list that applies them.
  const ignoresFilters = hasActiveFilters({ ...pageFilters, from: null, to: null });
  const withFiltersHref = paths.list.href(
    serializeFilters({ ...pageFilters, [kind]: [...pageFilters[kind], id] }),
  );
  const filters: Filters = { ...emptyFilters, [kind]: [id], from, to };
  const { progress, loaded, summary, rows, total, hasMore, loadMore } = useSearchResults(filters);
  const pageHref = (range: Pick<Filters, 'from' | 'to'>) => {
    const search = serializeFilters({ ...emptyFilters, ...range });
    return `${entityHref(kind, id)}${search ? `?${search}` : ''}`;
  };
  const periodChips = [
    ...(from
      ? [
          {
            key: 'from',
            label: strings.filters.chip.from(formatDate(from)),
            removeHref: pageHref({ from: null, to }),
          },
        ]
      : []),
    ...(to
      ? [
          {
            key: 'to',
            label: strings.filters.chip.to(formatDate(to)),
            removeHref: pageHref({ from, to: null }),
          },
        ]
      : []),
  ];
  const info = useQuery({ ...searchQueries.entity(kind, id, loaded), placeholderData: keepPreviousData });
  // The previous data is kept while more of the dataset loads, but never shown for another entity: the
  // route stays mounted from one entity's page to the next.
  const entity = info.data?.kind === kind && info.data.id === id ? info.data : undefined;

  if (info.data === null && !info.isPlaceholderData && progress?.complete !== false) {
    return (
      <NotFound
        title={strings.entity.notFoundTitle(kind)}
        detail={strings.entity.notFoundText(kind, id.slice(0, 80))}
      />
    );
  }
  if (!entity) {
    return (
      <div className="space-y-4" aria-busy="true">
        <Skeleton className="h-9 w-72" />
        <Skeleton className="h-5 w-96" />
      </div>
    );
  }

  const facets = summary?.facets;
  const listHref = paths.list.href(serializeFilters({ ...emptyFilters, [kind]: [id] }));

  return (
    <div className="space-y-6">
      <title>{strings.pageTitle(entity.name)}</title>
      <FeedLink path={feedPath(kind, entity.id)} title={strings.entity.feedTitle(entity.name)} />
      <Breadcrumb
        section={strings.entity.plural[kind]}
        sectionHref={directoryHref(kind)}
        current={entity.name}
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words">
          {kind === 'country' && hasFlag(id) && (
            <>
              <Flag code={id} size="heading" />{' '}
            </>
          )}
          {entity.name}
        </h1>
        <p className="text-slate-600 dark:text-slate-400">
          {entity.generatedOnly && (
            <>
              <GeneratedBadge of="entity" />{' '}
            </>
          )}
          {entity.country && (
            <>
              <Link
                to={entityHref('country', entity.country)}
                className="text-sky-700 hover:underline dark:text-sky-300"
              >
                <CountryLabel code={entity.country} />
              </Link>
              {' · '}
            </>
          )}
          {kind === 'country' && `${id} · `}
          {strings.entity.mentionedIn(entity.count)} · {dateSpan(entity.first, entity.last)}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Link
            to={listHref}
            className="inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800"
          >
            {strings.entity.filterList(kind)}
          </Link>
          <FollowButton
            key={`${kind}:${entity.id}`}
            entity={{ kind, id: entity.id, name: entity.name }}
            newest={entity.last}
          />
          <a
            href={feedPath(kind, entity.id)}
            className="text-sm text-sky-700 hover:underline dark:text-sky-300"
          >
            {strings.entity.feed}
          </a>
        </div>
        {summary !== undefined && total > 0 && <ExportButtons filters={filters} total={total} />}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="timeline-heading" className="min-w-0">
          <h2 id="timeline-heading" className="text-xl font-semibold">
            {strings.entity.timeline}
          </h2>
          <div className="mt-3 space-y-3">
            {ignoresFilters && (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {strings.entity.ignoredFilters}{' '}
                <Link to={withFiltersHref} className="font-medium text-sky-700 underline dark:text-sky-300">
                  {strings.entity.ignoredFiltersLink}
                </Link>
              </p>
            )}
            <ActiveFilters filters={periodChips} clearHref={pageHref({ from: null, to: null })} />
            {summary && (
              <DateHistogram
                histogram={summary.histogram}
                from={from}
                to={to}
                onSelect={(range) => {
                  void navigate(pageHref(range), { preventScrollReset: true });
                }}
              />
            )}
          </div>
          <AnnouncementList rows={rows} total={total} hasMore={hasMore} onLoadMore={loadMore} />
        </section>
        <aside
          aria-label={strings.entity.about(entity.name)}
          className="divide-y divide-slate-200 self-start rounded-lg border border-slate-200 px-4 py-1 dark:divide-slate-800 dark:border-slate-800"
        >
          <EntityFacts kind={kind} entity={entity} facets={facets} />
        </aside>
      </div>
    </div>
  );
}

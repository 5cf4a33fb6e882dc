import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../../components/breadcrumb';
import { FeedLink } from '../../components/feed-link';
import { Skeleton } from '../../components/status';
import { entityHref, paths } from '../../config/paths';
import { AnnouncementList } from '../../features/announcements';
import { CountryLabel } from '../../components/entity-links';
import { Flag, hasFlag } from '../../components/flag';
import { NotFound } from '../../components/not-found';
import {
  emptyFilters,
  ExportButtons,
  type FacetKey,
  type Filters,
  searchQueries,
  serializeFilters,
  useSearchResults,
} from '../../features/search';
import { EntityFacts, dateSpan } from '../../features/entities';
import { strings } from '../../config/strings';

export function entityLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.query(searchQueries.dataset());
    return null;
  };
}

/** Where each kind's feeds are, under /feeds/. */
const FEED_FOLDER: Record<FacetKey, string> = { person: 'people', country: 'countries', event: 'events' };

function normalizeId(kind: FacetKey, raw: string): string {
  return kind === 'country' ? raw.toUpperCase() : raw.toLowerCase();
}

/** The page of one person, country or event: who, when, with whom, and every announcement about it. */
export function EntityRoute({ kind }: { kind: FacetKey }) {
  const params = useParams();
  const id = normalizeId(kind, params.id ?? params.code ?? '');
  const filters: Filters = { ...emptyFilters, [kind]: [id] };
  const { progress, loaded, summary, rows, total, hasMore, loadMore } = useSearchResults(filters);
  const info = useQuery({ ...searchQueries.entity(kind, id, loaded), placeholderData: keepPreviousData });

  if (info.data === null && progress?.complete !== false) {
    return (
      <NotFound
        title={strings.entity.notFoundTitle(kind)}
        detail={strings.entity.notFoundText(kind, id.slice(0, 80))}
      />
    );
  }
  if (!info.data) {
    return (
      <div className="space-y-4" aria-busy="true">
        <Skeleton className="h-9 w-72" />
        <Skeleton className="h-5 w-96" />
      </div>
    );
  }

  const entity = info.data;
  const facets = summary?.facets;
  const listHref = paths.list.href(serializeFilters(filters));

  return (
    <div className="space-y-6">
      <title>{strings.pageTitle(entity.name)}</title>
      <FeedLink
        path={`/feeds/${FEED_FOLDER[kind]}/${entity.id}.xml`}
        title={strings.entity.feedTitle(entity.name)}
      />
      <Breadcrumb section={strings.entity.plural[kind]} current={entity.name} />
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
          <a
            href={`/feeds/${FEED_FOLDER[kind]}/${entity.id}.xml`}
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

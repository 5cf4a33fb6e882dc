import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../../../components/ui/breadcrumb';
import { FeedLink } from '../../../components/ui/feed-link';
import { Skeleton } from '../../../components/ui/status';
import { entityHref, paths } from '../../../config/paths';
import { countryName } from '../../../lib/countries';
import { announcementQueries } from '../../announcements/api/announcement-queries';
import { AnnouncementList } from '../../announcements/components/announcement-list';
import { CountryLabel } from '../../announcements/components/entity-links';
import { Flag, hasFlag } from '../../../components/flag';
import { NotFound } from '../../announcements/components/not-found';
import type { EntityInfo, SearchResult } from '../../filters/engine/search-index';
import { emptyFilters, serializeFilters, type FacetKey, type Filters } from '../../filters/filter-params';
import { searchQueries } from '../../filters/search-queries';
import { useSearchResults } from '../../filters/use-search-results';
import { ExportButtons } from '../../search/components/export-buttons';
import { EntityCounts, Section, dateSpan } from '../components/entity-sections';
import { strings } from '../../../config/strings';

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

function EntityFacts({
  kind,
  entity,
  facets,
}: {
  kind: FacetKey;
  entity: EntityInfo;
  facets: SearchResult['facets'] | undefined;
}) {
  const people = facets?.person.values ?? [];
  const countries = facets?.country.values ?? [];
  const events = facets?.event.values ?? [];
  if (kind === 'person') {
    return (
      <>
        <PersonTitles id={entity.id} />
        <Section title={strings.entity.appearsWith}>
          <EntityCounts kind="person" values={people} exclude={entity.id} empty={strings.entity.nobodyElse} />
        </Section>
        <Section title={strings.detail.countries}>
          <EntityCounts kind="country" values={countries} empty={strings.entity.noCountry} />
        </Section>
        <Section title={strings.detail.events}>
          <EntityCounts kind="event" values={events} empty={strings.entity.noEvent} />
        </Section>
      </>
    );
  }
  if (kind === 'country') {
    return (
      <>
        <Section title={strings.entity.peopleFrom(countryName(entity.id))}>
          <EntityCounts kind="person" values={entity.people} empty={strings.entity.noPeopleFrom} />
        </Section>
        <Section title={strings.detail.events}>
          <EntityCounts kind="event" values={events} empty={strings.entity.noEvent} />
        </Section>
        <Section title={strings.entity.appearsWith}>
          <EntityCounts
            kind="country"
            values={countries}
            exclude={entity.id}
            empty={strings.entity.noOtherCountry}
          />
        </Section>
      </>
    );
  }
  return (
    <>
      <Section title={strings.entity.editions}>
        <ul className="space-y-1">
          {entity.editions.map((edition) => (
            <li key={edition.id}>
              {edition.id === entity.id ? (
                <span className="font-medium" aria-current="page">
                  {edition.name}
                </span>
              ) : (
                <Link
                  to={entityHref('event', edition.id)}
                  className="text-sky-700 hover:underline dark:text-sky-300"
                >
                  {edition.name}
                </Link>
              )}{' '}
              <span className="text-slate-600 dark:text-slate-400">
                {dateSpan(edition.first, edition.last)} · {edition.count.toLocaleString()}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={strings.detail.people}>
        <EntityCounts kind="person" values={people} empty={strings.entity.noPerson} />
      </Section>
      <Section title={strings.detail.countries}>
        <EntityCounts kind="country" values={countries} empty={strings.entity.noCountry} />
      </Section>
    </>
  );
}

function PersonTitles({ id }: { id: string }) {
  const profile = useQuery(announcementQueries.personProfile(id));
  return (
    <Section title={strings.entity.titlesOverTime}>
      {profile.isPending ? (
        <Skeleton className="h-12 w-full" />
      ) : profile.isError ? (
        <p className="text-slate-600 dark:text-slate-400">
          {strings.entity.titlesError(profile.error.message)}
        </p>
      ) : profile.data.titles.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{strings.entity.noTitles}</p>
      ) : (
        <ul className="space-y-2">
          {profile.data.titles.map((t) => (
            <li key={t.title}>
              <span>{t.title}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {dateSpan(t.first, t.last)} · {strings.entity.mentions(t.count)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

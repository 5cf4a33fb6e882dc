import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Skeleton } from '../../../components/status';
import { entityHref } from '../../../config/paths';
import { strings } from '../../../config/strings-entities';
import { countryName } from '../../../lib/countries';
import { announcementQueries } from '../../announcements';
import type { EntityInfo, FacetKey, FacetValue, SearchResult } from '../../search';
import { EntityCounts, Section, dateSpan } from './entity-sections';

/** One list of related entities with how often each occurs. */
interface CountsSection {
  title: string;
  kind: FacetKey;
  values: readonly FacetValue[];
  /** The entity the page is about, left out of a list of its own kind. */
  exclude?: string;
  empty: string;
}

/** The lists each kind of page shows, in order. */
function countsSections(
  kind: FacetKey,
  entity: EntityInfo,
  facets: SearchResult['facets'] | undefined,
): CountsSection[] {
  const people = facets?.person.values ?? [];
  const countries = facets?.country.values ?? [];
  const events = facets?.event.values ?? [];
  const countriesSection: CountsSection = {
    title: strings.detail.countries,
    kind: 'country',
    values: countries,
    empty: strings.entity.noCountry,
  };
  const eventsSection: CountsSection = {
    title: strings.detail.events,
    kind: 'event',
    values: events,
    empty: strings.entity.noEvent,
  };
  switch (kind) {
    case 'person':
      return [
        {
          title: strings.entity.appearsWith,
          kind: 'person',
          values: people,
          exclude: entity.id,
          empty: strings.entity.nobodyElse,
        },
        countriesSection,
        eventsSection,
      ];
    case 'org':
      return [
        { title: strings.entity.seenWith, kind: 'person', values: people, empty: strings.entity.noPerson },
        countriesSection,
        {
          title: strings.entity.otherOrganizations,
          kind: 'org',
          values: facets?.org.values ?? [],
          exclude: entity.id,
          empty: strings.entity.noOrganization,
        },
      ];
    case 'country':
      return [
        {
          title: strings.entity.peopleFrom(countryName(entity.id)),
          kind: 'person',
          values: entity.people,
          empty: strings.entity.noPeopleFrom,
        },
        eventsSection,
        {
          title: strings.entity.appearsWith,
          kind: 'country',
          values: countries,
          exclude: entity.id,
          empty: strings.entity.noOtherCountry,
        },
      ];
    case 'event':
      return [
        { title: strings.detail.people, kind: 'person', values: people, empty: strings.entity.noPerson },
        countriesSection,
      ];
  }
}

/**
 * The side panel of an entity page: titles over time, who and what it appears with, other editions; for
 * an organisation, the people, countries and other organisations seen with it.
 */
export function EntityFacts({
  kind,
  entity,
  facets,
}: {
  kind: FacetKey;
  entity: EntityInfo;
  facets: SearchResult['facets'] | undefined;
}) {
  return (
    <>
      {kind === 'person' && <PersonTitles id={entity.id} />}
      {kind === 'event' && <EventEditions entity={entity} />}
      {countsSections(kind, entity, facets).map((section) => (
        <Section key={section.title} title={section.title}>
          <EntityCounts
            kind={section.kind}
            values={section.values}
            exclude={section.exclude}
            empty={section.empty}
          />
        </Section>
      ))}
    </>
  );
}

function EventEditions({ entity }: { entity: EntityInfo }) {
  return (
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

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Skeleton } from '../../../components/status';
import { entityHref } from '../../../config/paths';
import { strings } from '../../../config/strings';
import { countryName } from '../../../lib/countries';
import { announcementQueries } from '../../announcements';
import type { EntityInfo, FacetKey, SearchResult } from '../../search';
import { EntityCounts, Section, dateSpan } from './entity-sections';

/** The side panel of an entity page: titles over time, who and what it appears with, other editions. */
export function EntityFacts({
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

import { useState } from 'react';
import { Link } from 'react-router';
import { GeneratedBadge } from '../../../components/ui/badge';
import { paths } from '../../../config/paths';
import { countryName } from '../../../lib/countries';
import { formatDate } from '../../../lib/dates';
import type { FacetKey } from '../../filters/filter-params';
import type { AnnouncementEvent, IndexPerson, Summary } from '../schema';
import { CountryLabel, EntityChip } from './entity-links';

export const PAGE_SIZE = 50;

export interface ListLinks {
  /** The list URL with `value` added to the current filters. */
  filterHref: (key: FacetKey, value: string) => string;
}

export function AnnouncementList({
  summaries,
  people,
  events,
  filterHref,
}: {
  summaries: readonly Summary[];
  people: ReadonlyMap<string, IndexPerson>;
  events: ReadonlyMap<string, AnnouncementEvent>;
} & ListLinks) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = summaries.slice(0, shown);
  return (
    <>
      <ol className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Announcements">
        {visible.map((summary) => (
          <li key={summary.id}>
            <AnnouncementCard summary={summary} people={people} events={events} filterHref={filterHref} />
          </li>
        ))}
      </ol>
      {summaries.length > shown && (
        <button
          type="button"
          onClick={() => {
            setShown((n) => n + PAGE_SIZE);
          }}
          className="mt-4 w-full rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          Show {Math.min(PAGE_SIZE, summaries.length - shown).toLocaleString()} more of{' '}
          {(summaries.length - shown).toLocaleString()} remaining
        </button>
      )}
    </>
  );
}

function AnnouncementCard({
  summary,
  people,
  events,
  filterHref,
}: {
  summary: Summary;
  people: ReadonlyMap<string, IndexPerson>;
  events: ReadonlyMap<string, AnnouncementEvent>;
} & ListLinks) {
  return (
    <article className="py-4">
      <h2 className="text-base leading-snug font-semibold sm:text-lg">
        <Link
          to={paths.announcement.href(summary.id)}
          state={{ fromList: true }}
          className="text-slate-900 hover:text-sky-700 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-100 dark:hover:text-sky-300"
        >
          {summary.title}
        </Link>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        {summary.date ? (
          <time dateTime={summary.date}>{formatDate(summary.date)}</time>
        ) : (
          <span>Undated</span>
        )}
        {summary.generated && <GeneratedBadge />}
      </p>
      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Mentioned">
        {summary.people.map((id) => {
          const name = people.get(id)?.name ?? id;
          return (
            <li key={`p-${id}`} className="max-w-full">
              <EntityChip
                kind="person"
                to={filterHref('person', id)}
                label={`${name}: filter by this person`}
              >
                {name}
              </EntityChip>
            </li>
          );
        })}
        {summary.countries.map((code) => (
          <li key={`c-${code}`}>
            <EntityChip
              kind="country"
              to={filterHref('country', code)}
              label={`${countryName(code)}: filter by this country`}
            >
              <CountryLabel code={code} />
            </EntityChip>
          </li>
        ))}
        {summary.events.map((id) => {
          const name = events.get(id)?.name ?? id;
          return (
            <li key={`e-${id}`} className="max-w-full">
              <EntityChip kind="event" to={filterHref('event', id)} label={`${name}: filter by this event`}>
                {name}
              </EntityChip>
            </li>
          );
        })}
      </ul>
    </article>
  );
}

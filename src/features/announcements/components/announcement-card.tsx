import { memo } from 'react';
import { Highlighted } from '../../../components/highlighted';
import { Link } from 'react-router';
import { GeneratedBadge } from '../../../components/badge';
import { entityHref, paths } from '../../../config/paths';
import { countryName } from '../../../lib/countries';
import { formatDate } from '../../../lib/dates';
import { markTerms } from '../../../lib/highlight';
import { type ResultRow } from '../../search';
import { CountryLabel, EntityChip, useChipClicks } from '../../../components/entity-links';
import { strings } from '../../../config/strings';
import { sameRow } from './same-row';

/**
 * One result: title link, date, one sentence of its text, and the people, countries and events it names;
 * the terms of `query` are marked, and the detail link carries them. Memoised on what it shows: while a
 * facet click waits for new results the list re-renders with the same rows, and a row that stays in the
 * list (or comes back with Back) arrives as a copy; either then costs nothing.
 */
export const AnnouncementCard = memo(
  function AnnouncementCard({ row, query = '' }: { row: ResultRow; query?: string }) {
    const terms = markTerms(query);
    const chipClicks = useChipClicks();
    return (
      <article className="py-4">
        <h2 className="text-base leading-snug font-semibold sm:text-lg">
          <Link
            to={paths.announcement.href(row.id, query)}
            state={{ fromList: true }}
            className="text-slate-900 hover:text-sky-700 hover:underline dark:text-slate-100 dark:hover:text-sky-300"
          >
            <Highlighted text={row.title} terms={terms} />
          </Link>
        </h2>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          {row.date ? (
            <time dateTime={row.date}>{formatDate(row.date)}</time>
          ) : (
            <span>{strings.undated}</span>
          )}
          {row.generated && <GeneratedBadge />}
        </p>
        {row.snippet && (
          <p className="mt-1 line-clamp-3 text-sm text-slate-700 dark:text-slate-300">
            <Highlighted text={row.snippet} terms={terms} />
          </p>
        )}
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={strings.list.mentioned} ref={chipClicks}>
          {row.people.map(({ id, name }) => (
            <li key={`p-${id}`} className="max-w-full">
              <EntityChip kind="person" to={entityHref('person', id)} label={strings.chip(name, 'person')}>
                {name}
              </EntityChip>
            </li>
          ))}
          {row.countries.map((code) => (
            <li key={`c-${code}`}>
              <EntityChip
                kind="country"
                to={entityHref('country', code)}
                label={strings.chip(countryName(code), 'country')}
              >
                <CountryLabel code={code} />
              </EntityChip>
            </li>
          ))}
          {row.events.map(({ id, name }) => (
            <li key={`e-${id}`} className="max-w-full">
              <EntityChip kind="event" to={entityHref('event', id)} label={strings.chip(name, 'event')}>
                {name}
              </EntityChip>
            </li>
          ))}
        </ul>
      </article>
    );
  },
  (before, after) => before.query === after.query && sameRow(before.row, after.row),
);

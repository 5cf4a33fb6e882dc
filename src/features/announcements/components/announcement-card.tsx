import { memo } from 'react';
import { Highlighted } from '../../../components/highlighted';
import { GeneratedBadge } from '../../../components/badge';
import { entityHref, paths } from '../../../config/paths';
import { countryName } from '../../../lib/countries';
import { formatDate } from '../../../lib/dates';
import { markTerms } from '../../../lib/highlight';
import { type ResultRow } from '../../search';
import { EntityChip, useLinkClicks } from '../../../components/entity-links';
import { Flag, hasFlag } from '../../../components/flag';
import { strings } from '../../../config/strings';
import { sameRow } from './same-row';

/** The state of an entry opened from the list: the detail page reads it to lead back. */
const FROM_LIST = { fromList: true };

/**
 * One result: title link, date, one sentence of its text, and the people, countries and events it names;
 * the terms of `query` are marked, and the detail link carries them. Memoised on what it shows: while a
 * facet click waits for new results the list re-renders with the same rows, and a row that stays in the
 * list (or comes back with Back) arrives as a copy; either then costs nothing. Its links are plain anchors
 * the card's one listener hands to the router (useLinkClicks); the fewer elements a card has, the less a
 * click that renders a list of new ones costs.
 */
export const AnnouncementCard = memo(
  function AnnouncementCard({ row, query = '' }: { row: ResultRow; query?: string }) {
    const terms = markTerms(query);
    const linkClicks = useLinkClicks(FROM_LIST);
    return (
      <article className="py-4" ref={linkClicks}>
        <h2 className="text-base leading-snug font-semibold sm:text-lg">
          <a
            href={paths.announcement.href(row.id, query)}
            data-link=""
            className="text-slate-900 hover:text-sky-700 hover:underline dark:text-slate-100 dark:hover:text-sky-300"
          >
            <Highlighted text={row.title} terms={terms} />
          </a>
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
        <ul className="mt-2 flex flex-wrap gap-1.5 *:max-w-full" aria-label={strings.list.mentioned}>
          {row.people.map(({ id, name }) => (
            <li key={`p-${id}`}>
              <EntityChip kind="person" to={entityHref('person', id)} label={strings.chip(name, 'person')}>
                {name}
              </EntityChip>
            </li>
          ))}
          {row.countries.map((code) => {
            const name = countryName(code);
            // The flag and the name as one text node, not CountryLabel's element around it: a list
            // renders dozens of these per click.
            return (
              <li key={`c-${code}`}>
                <EntityChip
                  kind="country"
                  to={entityHref('country', code)}
                  label={strings.chip(name, 'country')}
                >
                  <Flag code={code} />
                  {hasFlag(code) ? ` ${name}` : name}
                </EntityChip>
              </li>
            );
          })}
          {row.events.map(({ id, name }) => (
            <li key={`e-${id}`}>
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

import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { type ResultRow } from '../../search';
import { strings } from '../../../config/strings-detail';

/** Announcements sharing the most people, events and countries with the one being read. */
export function RelatedAnnouncements({ rows }: { rows: readonly ResultRow[] | undefined }) {
  if (!rows || rows.length === 0) return null;
  return (
    <section
      aria-labelledby="related-heading"
      className="rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800"
      data-print="hide"
    >
      <h2
        id="related-heading"
        className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {strings.detail.related}
      </h2>
      <ul className="mt-2 space-y-3 text-sm">
        {rows.map((row) => (
          <li key={row.id}>
            <Link
              to={paths.announcement.href(row.id)}
              className="text-sky-700 hover:underline dark:text-sky-300"
            >
              {row.title}
            </Link>
            {row.date && (
              <time dateTime={row.date} className="block text-xs text-slate-600 dark:text-slate-400">
                {formatDate(row.date)}
              </time>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { lazy, Suspense } from 'react';
import type { ResultRow } from '../../filters/engine/search-index';
import { strings } from '../../../config/strings';
import { AnnouncementCard } from './announcement-card';

export interface AnnouncementListProps {
  rows: readonly ResultRow[];
  total: number;
  hasMore: boolean;
  onLoadMore: () => void;
}

/**
 * The windowing library (react-virtual) is not part of the first download (docs/decisions/0007): until it
 * arrives, a fraction of a second after the first results, they show as a plain list with the same markup.
 */
const VirtualAnnouncementList = lazy(() =>
  import('./virtual-announcement-list').then(
    (m) => ({ default: m.VirtualAnnouncementList }),
    // Offline, or a deploy replaced the chunk: the results stay readable, unwindowed, page by page.
    () => ({ default: PagedAnnouncementList }),
  ),
);

/** Rows shown before the windowed list takes over: the first page, and a bound for longer ones. */
const PLAIN_ROWS = 50;

/** The results, newest first; windowed so that 100,000 results cost what 20 do. */
export function AnnouncementList(props: AnnouncementListProps) {
  return (
    <Suspense fallback={<PlainAnnouncementList rows={props.rows} total={props.total} />}>
      <VirtualAnnouncementList {...props} />
    </Suspense>
  );
}

function PagedAnnouncementList({ rows, total, hasMore, onLoadMore }: AnnouncementListProps) {
  return (
    <>
      <PlainAnnouncementList rows={rows} total={total} limit={rows.length} />
      {hasMore && (
        <button
          type="button"
          onClick={onLoadMore}
          className="mt-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {strings.list.moreResults}
        </button>
      )}
    </>
  );
}

function PlainAnnouncementList({
  rows,
  total,
  limit = PLAIN_ROWS,
}: {
  rows: readonly ResultRow[];
  total: number;
  limit?: number;
}) {
  return (
    <ol aria-label={strings.list.listLabel}>
      {rows.slice(0, limit).map((row, index) => (
        <li
          key={row.id}
          data-index={index}
          aria-posinset={index + 1}
          aria-setsize={total}
          className="border-b border-slate-200 dark:border-slate-800"
        >
          <AnnouncementCard row={row} />
        </li>
      ))}
    </ol>
  );
}

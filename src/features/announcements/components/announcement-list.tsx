import { type ReactNode, useEffect, useState } from 'react';
import { type ResultRow } from '../../search';
import { strings } from '../../../config/strings';
import { AnnouncementCard } from './announcement-card';

export interface AnnouncementListProps {
  rows: readonly ResultRow[];
  total: number;
  hasMore: boolean;
  onLoadMore: () => void;
  /** The search whose words the cards mark. */
  query?: string;
  /** Told the index of the last row on screen, so that what those rows need is fetched as they show. */
  onRowsShown?: (last: number) => void;
}

type ListComponent = (props: AnnouncementListProps) => ReactNode;

/**
 * The windowing library (react-virtual) is not part of the first download (docs/decisions/0007): the first
 * results show at once as a plain list with the same markup, and the windowed list takes over when its code
 * has arrived. Not React.lazy: under the router's transitions React would hold the first results back until
 * the chunk is in, rather than show the fallback.
 */
let windowedList: ListComponent | null = null;
let loadingWindowedList: Promise<ListComponent> | null = null;

function loadWindowedList(): Promise<ListComponent> {
  loadingWindowedList ??= import('./virtual-announcement-list').then(
    (m) => (windowedList = m.VirtualAnnouncementList),
    // Offline, or a deploy replaced the chunk: the results stay readable, unwindowed, page by page.
    () => (windowedList = PagedAnnouncementList),
  );
  return loadingWindowedList;
}

/** Rows shown before the windowed list takes over: a screenful; fewer rows paint sooner. */
const PLAIN_ROWS = 20;

/** The results, newest first; windowed so that 100,000 results cost what 20 do. */
export function AnnouncementList(props: AnnouncementListProps) {
  const [List, setList] = useState<ListComponent | null>(() => windowedList);
  useEffect(() => {
    if (List) return;
    let live = true;
    // After the first results are painted, when the page is idle (Safari has no requestIdleCallback).
    const load = () =>
      void loadWindowedList().then((loaded) => {
        if (live) setList(() => loaded);
      });
    const hasIdle = 'requestIdleCallback' in window;
    const handle = hasIdle ? window.requestIdleCallback(load, { timeout: 500 }) : window.setTimeout(load, 50);
    return () => {
      live = false;
      if (hasIdle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [List]);
  return List ? (
    <List {...props} />
  ) : (
    <PlainAnnouncementList
      rows={props.rows}
      total={props.total}
      query={props.query}
      onRowsShown={props.onRowsShown}
    />
  );
}

function PagedAnnouncementList({ hasMore, onLoadMore, ...list }: AnnouncementListProps) {
  return (
    <>
      <PlainAnnouncementList {...list} limit={list.rows.length} />
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
  query,
  onRowsShown,
}: {
  rows: readonly ResultRow[];
  total: number;
  limit?: number;
  query?: string;
  onRowsShown?: (last: number) => void;
}) {
  const last = Math.min(limit, rows.length) - 1;
  useEffect(() => {
    onRowsShown?.(last);
  }, [last, onRowsShown]);
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
          <AnnouncementCard row={row} query={query} />
        </li>
      ))}
    </ol>
  );
}

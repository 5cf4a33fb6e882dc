import { memo, type ReactNode, type RefObject, startTransition, useEffect, useRef, useState } from 'react';
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
  /** Where the plain list stood and its rows' heights, when the windowed list takes over from it. */
  handover?: ListHandover;
}

export interface ListHandover {
  /** The list's top, in page coordinates. */
  top: number;
  /** Each row's height by its announcement id. */
  sizes: { key: string; size: number }[];
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

/** The plain list's place and row heights, read while the page is idle (its layout is clean then). */
function measurePlainList(
  list: HTMLOListElement | null,
  rows: readonly ResultRow[],
): ListHandover | undefined {
  if (!list) return undefined;
  const sizes = [...list.children].flatMap((item, index) => {
    const key = rows[index]?.id;
    return key ? [{ key, size: Math.round(item.getBoundingClientRect().height) }] : [];
  });
  return { top: list.getBoundingClientRect().top + window.scrollY, sizes };
}

/**
 * The results, newest first; windowed so that 100,000 results cost what 20 do. Memoised: the route
 * re-renders on every navigation while the rows stay the same.
 */
export const AnnouncementList = memo(function AnnouncementList(props: AnnouncementListProps) {
  const [List, setList] = useState<ListComponent | null>(() => windowedList);
  const [handover, setHandover] = useState<ListHandover | undefined>(undefined);
  const plainList = useRef<HTMLOListElement>(null);
  const rowsNow = useRef(props.rows);
  useEffect(() => {
    rowsNow.current = props.rows;
  });
  useEffect(() => {
    if (List) return;
    let live = true;
    // After the first results are painted, when the page is idle (Safari has no requestIdleCallback).
    // The windowed list starts from the plain one's measurements, so taking over re-measures nothing (no
    // forced layout), and renders as a transition, in slices, so that a click at that moment is not held up.
    const load = () =>
      void loadWindowedList().then((loaded) => {
        if (!live) return;
        const measured = measurePlainList(plainList.current, rowsNow.current);
        startTransition(() => {
          setHandover(measured);
          setList(() => loaded);
        });
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
    <List {...props} handover={handover} />
  ) : (
    <PlainAnnouncementList rows={props.rows} total={props.total} query={props.query} listRef={plainList} />
  );
});

function PagedAnnouncementList({ rows, total, hasMore, onLoadMore, query }: AnnouncementListProps) {
  return (
    <>
      <PlainAnnouncementList rows={rows} total={total} limit={rows.length} query={query} />
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
  listRef,
}: {
  rows: readonly ResultRow[];
  total: number;
  limit?: number;
  query?: string;
  listRef?: RefObject<HTMLOListElement | null>;
}) {
  return (
    <ol ref={listRef} aria-label={strings.list.listLabel}>
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

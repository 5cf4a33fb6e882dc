import { memo, type ReactNode, type Ref, startTransition, useEffect, useRef, useState } from 'react';
import { type ResultRow } from '../../search';
import { strings } from '../../../config/strings';
import { whenIdle } from '../../../lib/when-idle';
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
  const plainList = useRef<HTMLOListElement>(null);
  const focusAfterSwap = useRef<FocusPlace | null>(null);
  const [handover, setHandover] = useState<ListHandover | undefined>(undefined);
  const rowsNow = useRef(props.rows);
  useEffect(() => {
    rowsNow.current = props.rows;
  });
  useEffect(() => {
    if (List) return;
    let live = true;
    // The windowed list replaces the rows' elements. Not while a pointer is pressed: the press would end
    // on the new element and the click be lost. Focus moves to the same link in the new row.
    let pressed = false;
    let waiting: ListComponent | null = null;
    const swap = (loaded: ListComponent) => {
      if (!live) return;
      if (pressed) {
        waiting = loaded;
        return;
      }
      focusAfterSwap.current = focusPlace(plainList.current);
      // The windowed list starts from the plain one's measurements, so taking over re-measures nothing (no
      // forced layout), and renders as a transition, in slices, so that a click at that moment is not held up.
      const measured = measurePlainList(plainList.current, rowsNow.current);
      startTransition(() => {
        setHandover(measured);
        setList(() => loaded);
      });
    };
    const onPointerDown = () => {
      pressed = true;
    };
    // The click is dispatched right after pointerup, in the same task: swap in the next one.
    const onPointerUp = () => {
      pressed = false;
      const loaded = waiting;
      waiting = null;
      if (loaded)
        window.setTimeout(() => {
          swap(loaded);
        });
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    // After the first results are painted, when the page is idle.
    const cancel = whenIdle(() => void loadWindowedList().then(swap), 500);
    return () => {
      live = false;
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      cancel();
    };
  }, [List]);
  useEffect(() => {
    const place = focusAfterSwap.current;
    focusAfterSwap.current = null;
    if (!List || !place) return;
    // The windowed list places its rows once it has measured the window, a frame later.
    const frame = requestAnimationFrame(() => {
      const row = place.container.querySelector(`li[data-index="${place.index}"]`);
      row?.querySelectorAll<HTMLElement>(FOCUSABLE)[place.position]?.focus({ preventScroll: true });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [List]);
  return List ? (
    <List {...props} handover={handover} />
  ) : (
    <PlainAnnouncementList
      ref={plainList}
      rows={props.rows}
      total={props.total}
      query={props.query}
      onRowsShown={props.onRowsShown}
    />
  );
});

const FOCUSABLE = 'a[href], button';

/** Where focus is in a list of results: which row, which of its links or buttons, and the list's container. */
interface FocusPlace {
  container: HTMLElement;
  index: string;
  position: number;
}

function focusPlace(list: HTMLOListElement | null): FocusPlace | null {
  const focused = document.activeElement;
  const container = list?.parentElement;
  if (!container || !(focused instanceof HTMLElement) || !list.contains(focused)) return null;
  const row = focused.closest<HTMLElement>('li[data-index]');
  const index = row?.dataset.index;
  if (!row || index === undefined) return null;
  return { container, index, position: [...row.querySelectorAll(FOCUSABLE)].indexOf(focused) };
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
  ref,
  rows,
  total,
  limit = PLAIN_ROWS,
  query,
  onRowsShown,
}: {
  ref?: Ref<HTMLOListElement>;
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
    <ol ref={ref} aria-label={strings.list.listLabel}>
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

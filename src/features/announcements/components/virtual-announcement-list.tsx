import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useHotkeys } from '../../../lib/use-hotkeys';
import { strings } from '../../../config/strings';
import { AnnouncementCard } from './announcement-card';
import type { AnnouncementListProps } from './announcement-list';

/**
 * Row sizes measured on each history entry, so that Back returns to the same rows: without them the
 * list would place rows by estimate and the restored scroll position would show others.
 */
const measuredRows = new Map<string, VirtualItem[]>();
/** Rows from the end of those loaded at which the next page is asked for. */
const LOAD_MORE_WITHIN = 8;

/** The plain list's row heights as the virtualizer's measurements (only key and size are read). */
function handoverItems(handover: AnnouncementListProps['handover']): VirtualItem[] {
  let start = handover?.top ?? 0;
  return (handover?.sizes ?? []).map(({ key, size }, index) => {
    const item = { key, index, start, end: start + size, size, lane: 0 };
    start += size;
    return item;
  });
}

/**
 * The results as a windowed list: only the rows near the viewport are in the DOM, so 100,000 results
 * cost what 20 do. More rows are asked for as the reader scrolls near the end of those loaded.
 */
export function VirtualAnnouncementList({
  rows,
  total,
  hasMore,
  onLoadMore,
  query,
  onRowsShown,
  handover,
}: AnnouncementListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(() => handover?.top ?? 0);
  // Where the list starts on the page moves when what stands above it changes size (notices, the
  // histogram): read when the list or its container is resized, where the layout is fresh, never in a
  // commit, where reading it would force a layout. Rows are placed relative to the list, so the margin
  // only decides which rows are rendered.
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const top = list.getBoundingClientRect().top + window.scrollY;
      setScrollMargin((margin) => (Math.abs(top - margin) > 1 ? top : margin));
    });
    observer.observe(list);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => {
      observer.disconnect();
    };
  }, []);

  const { key: historyKey } = useLocation();
  const [handedOver] = useState(() => handoverItems(handover));
  const virtualizer = useWindowVirtualizer({
    initialMeasurementsCache: measuredRows.get(historyKey) ?? handedOver,
    count: rows.length,
    estimateSize: () => 128,
    overscan: 4,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  useEffect(
    () => () => {
      measuredRows.set(historyKey, virtualizer.takeSnapshot());
      if (measuredRows.size > 50) measuredRows.delete(measuredRows.keys().next().value ?? '');
    },
    [historyKey, virtualizer],
  );
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  // Near the end of the rows loaded: the first page is a screenful, so more are asked for once the reader
  // scrolls (or the window is taller than that), not the moment the list appears.
  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - LOAD_MORE_WITHIN) onLoadMore();
  }, [hasMore, lastIndex, rows.length, onLoadMore]);
  useEffect(() => {
    if (items.length) onRowsShown?.(lastIndex);
  }, [items.length, lastIndex, onRowsShown]);

  // j / k move through the results (Enter then opens the focused one), scrolling rows into the window.
  const cursor = useRef(-1);
  const focusRow = (step: number) => {
    const focused = document.activeElement?.closest<HTMLElement>('li[data-index]');
    // The focused row, else the one a previous key moved to (its focus may still be a frame away).
    const current = focused ? Number(focused.dataset.index) : cursor.current;
    const next = Math.min(rows.length - 1, Math.max(0, current + step));
    cursor.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => {
      listRef.current?.querySelector<HTMLElement>(`li[data-index="${next}"] h2 a`)?.focus();
    });
  };
  useHotkeys({
    j: () => {
      focusRow(1);
    },
    k: () => {
      focusRow(-1);
    },
  });

  return (
    <ol
      ref={listRef}
      aria-label={strings.list.listLabel}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-posinset={item.index + 1}
            aria-setsize={total}
            className="absolute top-0 left-0 w-full border-b border-slate-200 dark:border-slate-800"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <AnnouncementCard row={row} query={query} />
          </li>
        );
      })}
    </ol>
  );
}

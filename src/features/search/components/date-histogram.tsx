import { memo, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { strings } from '../../../config/strings-results';
import type { DateHistogram as Histogram, HistogramBin } from '../engine/histogram';

const monthFormat = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function periodLabel(bin: HistogramBin, unit: Histogram['unit'], short = false): string {
  if (unit === 'year') return bin.period;
  return (short ? shortMonthFormat : monthFormat).format(new Date(`${bin.from}T00:00:00Z`));
}

/**
 * The current results per year (or month) as bars; each bar is a button that narrows the dates to its
 * period, or, when that period is already the range, widens them again. While dates are in force a "Show
 * all dates" button widens them too: a chosen year's chart shows months, none of which is the year. One
 * tab stop: the arrow keys, Home and End move between bars. Plain HTML bars rather than a chart library.
 * Memoised: it re-renders when its chart or the dates change, not with every re-render of the list.
 */
export const DateHistogram = memo(function DateHistogram({
  histogram,
  from,
  to,
  onSelect,
}: {
  histogram: Histogram;
  from: string | null;
  to: string | null;
  onSelect: (range: { from: string | null; to: string | null }) => void;
}) {
  const { unit, bins } = histogram;
  const captionId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(-1);
  const figure = useRef<HTMLElement>(null);
  const widen = useRef<HTMLButtonElement>(null);
  /**
   * The chart a choice was made on: the bars that answer it replace the focused one and take the focus
   * with them, which must stay in the chart until they are on screen.
   */
  const choseOn = useRef<Histogram | null>(null);
  const pressed = bins.findIndex((bin) => bin.from === from && bin.to === to);

  // If a choice here removed the focused bar (focus fell to <body>), focus the bar in force, else "Show
  // all dates", else the chart.
  useLayoutEffect(() => {
    if (choseOn.current === null) return;
    const active = document.activeElement;
    if (active === null || active === document.body)
      (buttons.current[pressed] ?? widen.current ?? figure.current)?.focus();
    if (choseOn.current !== histogram) choseOn.current = null;
  });

  if (bins.length === 0) return null;
  const max = Math.max(...bins.map((bin) => bin.count), 1);
  const select = (range: { from: string | null; to: string | null }) => {
    choseOn.current = histogram;
    setFocusIndex(-1);
    onSelect(range);
  };
  // The tab stop: the bar last moved to, else the one in force, else the last (the newest).
  const tabStop =
    focusIndex >= 0 && focusIndex < bins.length ? focusIndex : pressed >= 0 ? pressed : bins.length - 1;

  const move = (event: KeyboardEvent, index: number) => {
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? Math.min(bins.length - 1, index + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? bins.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const first = bins[0];
  const last = bins.at(-1);
  return (
    <figure
      ref={figure}
      tabIndex={-1}
      aria-labelledby={captionId}
      className="rounded-lg border border-slate-200 px-3 pt-2 pb-1 dark:border-slate-800"
    >
      <figcaption
        id={captionId}
        className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm font-semibold"
      >
        {strings.histogram.title(unit)}
        <span className="text-xs font-normal text-slate-600 dark:text-slate-400" aria-hidden="true">
          {strings.histogram.hint}
        </span>
      </figcaption>
      {/* No wider than its bars at their widest (max-w-16 and the 1px gap), so the axis ends under the last bar. */}
      <div style={{ maxWidth: `${String(bins.length * 65)}px` }}>
        <div className="mt-2 flex h-20 items-stretch gap-px" role="group" aria-labelledby={captionId}>
          {bins.map((bin, index) => (
            <button
              key={bin.period}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              tabIndex={index === tabStop ? 0 : -1}
              aria-pressed={index === pressed}
              aria-label={strings.histogram.bar(periodLabel(bin, unit), bin.count)}
              title={strings.histogram.bar(periodLabel(bin, unit), bin.count)}
              onClick={() => {
                select(index === pressed ? { from: null, to: null } : { from: bin.from, to: bin.to });
              }}
              onKeyDown={(event) => {
                move(event, index);
              }}
              className="group flex max-w-16 min-w-0 flex-1 flex-col justify-end rounded-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
            >
              <span
                className={`block w-full rounded-t-sm ${
                  bin.count === 0
                    ? 'bg-slate-300 dark:bg-slate-600'
                    : index === pressed
                      ? 'bg-amber-500 dark:bg-amber-300'
                      : 'bg-sky-600 group-hover:bg-sky-800 dark:bg-sky-400 dark:group-hover:bg-sky-200'
                }`}
                // An empty period keeps a hairline, so the axis reads as continuous.
                style={{ height: bin.count > 0 ? `max(2px, ${(100 * bin.count) / max}%)` : '1px' }}
              />
            </button>
          ))}
        </div>
        <div className="mt-1 flex items-baseline justify-between gap-3 text-xs text-slate-600 tabular-nums dark:text-slate-400">
          <span aria-hidden="true">{first && periodLabel(first, unit, true)}</span>
          {(from !== null || to !== null) && (
            <button
              ref={widen}
              type="button"
              onClick={() => {
                select({ from: null, to: null });
              }}
              className="rounded-sm font-medium text-sky-700 underline hover:text-sky-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300 dark:hover:text-sky-100"
            >
              {strings.histogram.widen}
            </button>
          )}
          <span aria-hidden="true">{last && last !== first && periodLabel(last, unit, true)}</span>
        </div>
      </div>
    </figure>
  );
});

import { memo, useEffect, useId, useRef, useState } from 'react';
import type { FacetValue } from '../engine/types';
import { Flag, hasFlag } from '../../../components/flag';
import { sameItems } from '../../../lib/same-items';
import { strings } from '../../../config/strings-filters';
import type { FacetKey, FacetMode } from '../filter-params';

const COLLAPSED_SIZE = 8;
/** In the reader's locale, as toLocaleString() without one, which sets up a formatter on every call. */
const numbers = new Intl.NumberFormat();
/** How long the pointer rests on a value before its answer is prepared: passing over a list prepares none. */
const POINTER_REST_MS = 60;

type FacetFilterProps = Parameters<typeof FacetFilterView>[0];

const sameValue = (a: FacetValue, b: FacetValue) =>
  a.value === b.value && a.label === b.label && a.count === b.count;

/**
 * One facet (person, country or event): values with counts, multi-select, each value also excludable;
 * once a value is selected, whether all or any of the selected must match. When there are many values,
 * a finder searches all of them (`found` holds its answer for `findText`). Memoised on what it shows
 * (every answer of the worker is a new copy of the values): a click changes some facets' counts, not all.
 */
export const FacetFilter = memo(
  FacetFilterView,
  (a: FacetFilterProps, b: FacetFilterProps) =>
    a.kind === b.kind &&
    a.distinct === b.distinct &&
    a.mode === b.mode &&
    a.findText === b.findText &&
    a.found === b.found &&
    a.onToggle === b.onToggle &&
    a.onExclude === b.onExclude &&
    a.onModeChange === b.onModeChange &&
    a.onFindTextChange === b.onFindTextChange &&
    a.onPrepare === b.onPrepare &&
    sameItems(a.values, b.values, sameValue) &&
    sameItems(a.selected, b.selected) &&
    sameItems(a.excluded, b.excluded),
);

function FacetFilterView({
  kind,
  values,
  distinct,
  selected,
  excluded,
  mode,
  onToggle,
  onExclude,
  onModeChange,
  findText,
  onFindTextChange,
  found,
  onPrepare,
}: {
  kind: FacetKey;
  values: readonly FacetValue[];
  distinct: number;
  selected: readonly string[];
  excluded: readonly string[];
  mode: FacetMode;
  onToggle: (value: string) => void;
  onExclude: (value: string) => void;
  onModeChange: (mode: FacetMode) => void;
  findText: string;
  onFindTextChange: (text: string) => void;
  found: readonly FacetValue[] | undefined;
  /** A value is about to be toggled (pointed at, focused): its answer can start now. */
  onPrepare?: (value: string) => void;
}) {
  const headingId = useId();
  const restTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(restTimer.current);
    },
    [],
  );
  const modeName = useId();
  const [expanded, setExpanded] = useState(false);
  const finding = findText.trim() !== '';
  const shown = finding
    ? (found ?? [])
    : expanded
      ? values
      : values.slice(0, Math.max(COLLAPSED_SIZE, selected.length + excluded.length));

  return (
    <section aria-labelledby={headingId} className="py-3">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {strings.filters.facetTitle[kind]}{' '}
        {distinct > 0 && (
          <span className="font-normal text-slate-500 dark:text-slate-400">({numbers.format(distinct)})</span>
        )}
      </h3>
      {(selected.length > 0 || mode === 'any') && (
        <fieldset className="mt-1 flex items-center gap-3 text-sm">
          <legend className="sr-only">{strings.filters.match(kind)}</legend>
          <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">
            {strings.filters.matchLabel}
          </span>
          {(['all', 'any'] as const).map((option) => (
            <label key={option} className="inline-flex cursor-pointer items-center gap-1">
              <input
                type="radio"
                name={modeName}
                value={option}
                checked={mode === option}
                onChange={() => {
                  onModeChange(option);
                }}
                className="size-4 accent-sky-700"
              />
              {option === 'all' ? strings.filters.matchAll : strings.filters.matchAny}
            </label>
          ))}
        </fieldset>
      )}
      {distinct > COLLAPSED_SIZE && (
        <input
          type="search"
          value={findText}
          onChange={(e) => {
            onFindTextChange(e.target.value);
          }}
          placeholder={`${strings.filters.find(kind)}…`}
          aria-label={strings.filters.find(kind)}
          className="mt-2 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
      )}
      {values.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{strings.filters.noneInResults}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {shown.map((option) => {
            const isExcluded = excluded.includes(option.value);
            return (
              <li key={option.value} className="flex items-start gap-1">
                <label
                  onPointerEnter={() => {
                    clearTimeout(restTimer.current);
                    restTimer.current = setTimeout(() => {
                      onPrepare?.(option.value);
                    }, POINTER_REST_MS);
                  }}
                  onPointerLeave={() => {
                    clearTimeout(restTimer.current);
                  }}
                  className="flex min-w-0 flex-1 cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
                >
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={() => {
                      onToggle(option.value);
                    }}
                    onFocus={() => {
                      onPrepare?.(option.value);
                    }}
                    className="mt-0.5 size-4 shrink-0 accent-sky-700"
                  />
                  <span
                    className={`min-w-0 flex-1 break-words ${isExcluded ? 'text-red-800 line-through dark:text-red-300' : ''}`}
                  >
                    {kind === 'country' && hasFlag(option.value) && (
                      <>
                        <Flag code={option.value} />{' '}
                      </>
                    )}
                    {option.label}
                  </span>
                  <span className="shrink-0 text-slate-600 tabular-nums dark:text-slate-400">
                    {numbers.format(option.count)}
                  </span>
                </label>
                <button
                  type="button"
                  aria-pressed={isExcluded}
                  aria-label={strings.filters.exclude(option.label)}
                  title={strings.filters.exclude(option.label)}
                  onClick={() => {
                    onExclude(option.value);
                  }}
                  className={`mt-0.5 shrink-0 rounded p-0.5 focus-visible:outline-2 focus-visible:outline-sky-600 ${
                    isExcluded
                      ? 'bg-red-700 text-white dark:bg-red-400 dark:text-slate-950'
                      : 'text-slate-500 hover:bg-slate-100 hover:text-red-800 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-red-300'
                  }`}
                >
                  <ExcludeIcon />
                </button>
              </li>
            );
          })}
          {finding && found?.length === 0 && (
            <li className="text-sm text-slate-600 dark:text-slate-400">
              {strings.filters.noMatch(kind, findText)}
            </li>
          )}
        </ul>
      )}
      {!finding && values.length > COLLAPSED_SIZE && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded((e) => !e);
          }}
          className="mt-1 text-sm text-sky-700 hover:underline dark:text-sky-300"
        >
          {expanded
            ? strings.filters.showFewer
            : strings.filters.showTop(values.length, values.length >= distinct)}
        </button>
      )}
      {!finding && expanded && distinct > values.length && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {strings.filters.typeToFind(distinct)}
        </p>
      )}
    </section>
  );
}

/** A circle struck through: "leave these out". One path (two arcs and the stroke): a facet shows dozens. */
function ExcludeIcon() {
  return (
    <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true" fill="none" stroke="currentColor">
      <path d="M13.5 8a5.5 5.5 0 1 1-11 0a5.5 5.5 0 1 1 11 0M4.2 11.8l7.6-7.6" strokeWidth="1.5" />
    </svg>
  );
}

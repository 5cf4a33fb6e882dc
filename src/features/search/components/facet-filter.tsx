import { useId, useState } from 'react';
import type { FacetValue } from '../engine/search-index';
import { strings } from '../../../config/strings';
import type { FacetKey } from '../filter-params';

const COLLAPSED_SIZE = 8;

/**
 * One facet (person, country or event): values with counts, multi-select. When there are many values,
 * a finder searches all of them (`found` holds its answer for `findText`).
 */
export function FacetFilter({
  kind,
  values,
  distinct,
  selected,
  onToggle,
  findText,
  onFindTextChange,
  found,
}: {
  kind: FacetKey;
  values: readonly FacetValue[];
  distinct: number;
  selected: readonly string[];
  onToggle: (value: string) => void;
  findText: string;
  onFindTextChange: (text: string) => void;
  found: readonly FacetValue[] | undefined;
}) {
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const finding = findText.trim() !== '';
  const shown = finding
    ? (found ?? [])
    : expanded
      ? values
      : values.slice(0, Math.max(COLLAPSED_SIZE, selected.length));

  return (
    <section aria-labelledby={headingId} className="py-3">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {strings.filters.facetTitle[kind]}{' '}
        {distinct > 0 && (
          <span className="font-normal text-slate-500 dark:text-slate-400">
            ({distinct.toLocaleString()})
          </span>
        )}
      </h3>
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
          {shown.map((option) => (
            <li key={option.value}>
              <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={() => {
                    onToggle(option.value);
                  }}
                  className="mt-0.5 size-4 shrink-0 accent-sky-700"
                />
                <span className="min-w-0 flex-1 break-words">{option.label}</span>
                <span className="shrink-0 text-slate-600 tabular-nums dark:text-slate-400">
                  {option.count.toLocaleString()}
                </span>
              </label>
            </li>
          ))}
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

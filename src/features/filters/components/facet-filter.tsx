import { useId, useState } from 'react';
import { foldText } from '../../../lib/text';

export interface FacetOption {
  value: string;
  label: string;
  /** Announcements among the current results that mention this value. */
  count: number;
  selected: boolean;
}

const COLLAPSED_SIZE = 8;

/** One facet (person, country or event): values with counts, multi-select, with a finder when there are many. */
export function FacetFilter({
  title,
  noun,
  options,
  onToggle,
}: {
  title: string;
  noun: string;
  options: readonly FacetOption[];
  onToggle: (value: string) => void;
}) {
  const headingId = useId();
  const [find, setFind] = useState('');
  const [expanded, setExpanded] = useState(false);
  const needle = foldText(find);
  const found = needle ? options.filter((o) => foldText(o.label).includes(needle)) : options;
  const visible = expanded || needle ? found : found.slice(0, COLLAPSED_SIZE);

  return (
    <section aria-labelledby={headingId} className="py-3">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h3>
      {options.length > COLLAPSED_SIZE && (
        <input
          type="search"
          value={find}
          onChange={(e) => {
            setFind(e.target.value);
          }}
          placeholder={`Find a ${noun}…`}
          aria-label={`Find a ${noun}`}
          className="mt-2 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
      )}
      {options.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">None in these results</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {visible.map((option) => (
            <li key={option.value}>
              <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                <input
                  type="checkbox"
                  checked={option.selected}
                  onChange={() => {
                    onToggle(option.value);
                  }}
                  className="mt-0.5 size-4 shrink-0 accent-sky-700"
                />
                <span className="min-w-0 flex-1 break-words">{option.label}</span>
                <span className="shrink-0 text-slate-500 tabular-nums dark:text-slate-400">
                  {option.count.toLocaleString()}
                </span>
              </label>
            </li>
          ))}
          {needle && found.length === 0 && (
            <li className="text-sm text-slate-500 dark:text-slate-400">
              No {noun} matches “{find}”
            </li>
          )}
        </ul>
      )}
      {!needle && found.length > COLLAPSED_SIZE && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded((e) => !e);
          }}
          className="mt-1 text-sm text-sky-700 hover:underline dark:text-sky-300"
        >
          {expanded ? 'Show fewer' : `Show all ${found.length.toLocaleString()}`}
        </button>
      )}
    </section>
  );
}

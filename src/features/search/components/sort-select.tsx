import { useId } from 'react';
import { strings } from '../../../config/strings-filters';
import { canRankByRelevance, SORTS, type Sort } from '../filter-params';

/** The order of the results. "Best match" needs words to rank by: without them it is offered but disabled. */
export function SortSelect({
  value,
  query,
  onChange,
}: {
  value: Sort;
  /** The search text (its positive words rank). */
  query: string;
  onChange: (sort: Sort) => void;
}) {
  const hasQuery = canRankByRelevance(query);
  const id = useId();
  const noteId = useId();
  const fallback = value === 'relevance' && !hasQuery;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        {strings.filters.sort}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={fallback ? noteId : undefined}
        onChange={(event) => {
          onChange(event.target.value as Sort);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900 dark:[color-scheme:dark]"
      >
        {SORTS.map((sort) => (
          <option key={sort} value={sort} disabled={sort === 'relevance' && !hasQuery}>
            {strings.filters.sorts[sort]}
          </option>
        ))}
      </select>
      {fallback && (
        <p id={noteId} role="status" className="text-slate-600 dark:text-slate-400">
          {strings.filters.relevanceNeedsQuery}
        </p>
      )}
    </div>
  );
}

import { memo } from 'react';
import { Link } from 'react-router';
import { strings } from '../../../config/strings-filters';

export interface ActiveFilter {
  key: string;
  label: string;
  unknown?: boolean;
  /** The list URL without this filter. */
  removeHref: string;
}

/** The filters in force as removable chips, with "Clear all". Memoised: the list re-renders more often than they change. */
export const ActiveFilters = memo(function ActiveFilters({
  filters,
  clearHref,
}: {
  filters: readonly ActiveFilter[];
  clearHref: string;
}) {
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label={strings.filters.active} role="group">
      {filters.map((filter) => (
        <Link
          key={filter.key}
          to={filter.removeHref}
          aria-label={strings.filters.remove(filter.label)}
          className={`inline-flex max-w-full items-center gap-1 rounded-full border px-3 py-1 text-sm hover:line-through focus-visible:outline-2 focus-visible:outline-sky-600 ${
            filter.unknown
              ? 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100'
              : 'border-slate-300 bg-slate-100 dark:border-slate-700 dark:bg-slate-800'
          }`}
        >
          <span className="truncate">{filter.label}</span>
          <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link to={clearHref} className="text-sm font-medium text-sky-700 underline dark:text-sky-300">
        {strings.filters.clearAll}
      </Link>
    </div>
  );
});

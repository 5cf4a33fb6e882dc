import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { strings } from '../../config/strings-results';
import { emptyFilters, serializeFilters } from '../../features/search';

/** No results: for a filtered list, why, and a way back to everything. */
export function EmptyResults({ filtering, loading }: { filtering: boolean; loading: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">
        {filtering ? strings.emptyResults.filteredTitle : strings.emptyResults.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {filtering ? strings.emptyResults.filteredText(loading) : strings.emptyResults.text}
      </p>
      {filtering && (
        <Link
          to={paths.list.href(serializeFilters(emptyFilters))}
          className="mt-4 inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800"
        >
          {strings.emptyResults.clearAllFilters}
        </Link>
      )}
    </div>
  );
}

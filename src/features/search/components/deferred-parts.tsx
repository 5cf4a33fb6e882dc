import { deferred } from '../../../components/deferred';
import { Skeleton } from '../../../components/status';

// The search feature's parts that the first results do not need (docs/decisions/0021): each is its own
// chunk, loaded when the page's first content is on screen.

/** The facets: a column beside the results (in a closed drawer on a phone), so nothing moves when they come. */
export const FacetPanel = deferred(() => import('./facet-panel').then((m) => m.FacetPanel), {
  placeholder: () => (
    <div aria-hidden="true" className="space-y-3 py-4">
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="space-y-2 pb-3">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      ))}
    </div>
  ),
});

export const DateRange = deferred(() => import('./date-range').then((m) => m.DateRange));

/** Its placeholder has the chart's height: the results below it do not move when it arrives. */
export const DateHistogram = deferred(() => import('./date-histogram').then((m) => m.DateHistogram), {
  placeholder: ({ histogram }) =>
    histogram.bins.length === 0 ? null : (
      <div
        aria-hidden="true"
        className="rounded-lg border border-slate-200 px-3 pt-2 pb-1 dark:border-slate-800"
      >
        <div className="h-5" />
        <div className="mt-2 h-20" />
        <div className="mt-1 h-4" />
      </div>
    ),
});

export const ExportButtons = deferred(() => import('./export-buttons').then((m) => m.ExportButtons), {
  placeholder: () => <div aria-hidden="true" className="h-[34px]" />,
});

export const ActiveFilters = deferred(() => import('./active-filters').then((m) => m.ActiveFilters));

/** Its placeholder has the select's height. */
export const SortSelect = deferred(() => import('./sort-select').then((m) => m.SortSelect), {
  placeholder: () => <div aria-hidden="true" className="h-[30px]" />,
});

import { Link } from 'react-router';
import { GeneratedBadge } from '../../../components/badge';
import { Flag } from '../../../components/flag';
import { LinkIssues } from '../../../components/link-issues';
import { ErrorState, Skeleton } from '../../../components/status';
import { directoryHref, entityHref } from '../../../config/paths';
import { strings } from '../../../config/strings-entities';
import { FACET_KEYS, type FacetKey } from '../../search';
import type { DirectoryListing } from '../directory-listing';
import {
  serializeDirectoryParams,
  type DirectoryIssue,
  type DirectoryParams,
  type DirectorySort,
} from '../directory-params';
import { DirectoryFindBox } from './directory-find-box';
import { DirectorySortSelect } from './directory-sort-select';

/**
 * A directory: every person (country, event, organisation) the archive names, with how many announcements
 * mention each, a name finder and a choice of order. `listing` is undefined while the first answer loads;
 * `listingQ` is the text it answers (the last answer stays on screen while the next one is computed).
 */
export function EntityDirectory({
  kind,
  params,
  issues,
  listing,
  listingQ,
  updating,
  error,
  onRetry,
  onTextChange,
  onSortChange,
}: {
  kind: FacetKey;
  params: DirectoryParams;
  issues: readonly DirectoryIssue[];
  listing: DirectoryListing | undefined;
  listingQ: string;
  updating: boolean;
  error: Error | null;
  onRetry: () => void;
  onTextChange: (q: string) => void;
  onSortChange: (sort: DirectorySort) => void;
}) {
  const heading = strings.entity.plural[kind];
  const showAllHref = directoryHref(kind, serializeDirectoryParams({ ...params, q: '' }));
  return (
    <div className="space-y-5">
      <title>{strings.pageTitle(heading)}</title>
      <header className="space-y-3">
        <DirectoryTabs current={kind} />
        <h1 className="text-3xl font-bold tracking-tight">{heading}</h1>
        <p className="text-slate-600 dark:text-slate-400">{strings.directory.intro(kind)}</p>
      </header>
      <LinkIssues issues={issues} tidyHref={directoryHref(kind, serializeDirectoryParams(params))} />
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <DirectoryFindBox kind={kind} value={params.q} onChange={onTextChange} />
        <DirectorySortSelect value={params.sort} onChange={onSortChange} />
      </div>
      <p
        aria-live="polite"
        data-testid="directory-count"
        className="text-sm text-slate-600 dark:text-slate-400"
      >
        {error
          ? ''
          : listing
            ? strings.directory.showing(kind, listing.rows.length, listing.total, listingQ, listing.cut)
            : strings.directory.loading(kind)}
      </p>
      {error ? (
        <ErrorState title={strings.directory.failed(kind)} onRetry={onRetry}>
          <p>{error.message}</p>
        </ErrorState>
      ) : !listing ? (
        <DirectorySkeleton />
      ) : listing.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold break-words">
            {listingQ ? strings.filters.noMatch(kind, listingQ) : strings.directory.emptyTitle(kind)}
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {listingQ ? strings.directory.noMatchHint : strings.directory.emptyText}
          </p>
          {listingQ && (
            <Link
              to={showAllHref}
              replace
              className="mt-4 inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800"
            >
              {strings.directory.showAll(kind)}
            </Link>
          )}
        </div>
      ) : (
        <ol aria-label={heading} aria-busy={updating} className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
          {listing.rows.map((row) => (
            <li key={row.value} className="min-w-0 border-b border-slate-200 dark:border-slate-800">
              <Link
                to={entityHref(kind, row.value)}
                className="flex items-baseline justify-between gap-3 rounded px-2 py-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
              >
                <span className="min-w-0 font-medium break-words text-sky-800 dark:text-sky-300">
                  {kind === 'country' && (
                    <>
                      <Flag code={row.value} />{' '}
                    </>
                  )}
                  <span data-testid="directory-name">{row.label}</span>
                  {row.generatedOnly && (
                    <>
                      {' '}
                      <GeneratedBadge of="entity" />
                    </>
                  )}
                </span>
                <span className="shrink-0 text-sm text-slate-600 tabular-nums dark:text-slate-400">
                  {strings.directory.mentions(row.count)}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The four directories, the current one marked: switching between them keeps nothing of the last. */
function DirectoryTabs({ current }: { current: FacetKey }) {
  return (
    <nav aria-label={strings.directory.others}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {FACET_KEYS.map((kind) => (
          <li key={kind}>
            <Link
              to={directoryHref(kind)}
              aria-current={kind === current ? 'page' : undefined}
              className="inline-block rounded-full border border-slate-300 px-2.5 py-1 text-slate-700 hover:bg-slate-100 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-700 aria-[current=page]:text-white sm:px-3 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:bg-sky-400 dark:aria-[current=page]:text-slate-950"
            >
              {strings.entity.plural[kind]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function DirectorySkeleton() {
  return (
    <div aria-hidden="true" className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
      {Array.from({ length: 12 }, (_, i) => (
        <Skeleton key={i} className="h-7" />
      ))}
    </div>
  );
}

import type { QueryClient } from '@tanstack/react-query';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { paths } from '../../config/paths';
import { strings } from '../../config/strings-following';
import { downloadText } from '../../lib/download';
import {
  emptyFilters,
  loadRemainingShards,
  searchQueries,
  serializeFilters,
  useLoadProgress,
  type Filters,
} from '../../features/search';
import {
  FollowedList,
  FollowingProblem,
  followedFeeds,
  followingActions,
  newFrom,
  useFollowing,
  writeOpml,
  type Followed,
  type FollowedCounts,
} from '../../features/following';

export function followingLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.query(searchQueries.dataset());
    return null;
  };
}

function filtersOf(item: Followed): Filters {
  return { ...emptyFilters, [item.kind]: [item.id] };
}

/** `/following`: what this browser follows, what is new for each, and the OPML file of their feeds. */
export function FollowingRoute() {
  const { state, problem } = useFollowing();
  const progress = useLoadProgress();
  const loaded = progress?.loaded ?? 0;
  const { items } = state;
  const heading = useRef<HTMLHeadingElement>(null);
  /** What the last unfollow did, said in a status region that stays mounted so it is announced. */
  const [said, setSaid] = useState('');

  // Counts are over what is loaded; the rest of the dataset loads now, and the counts follow it.
  useEffect(() => {
    loadRemainingShards();
  }, []);

  const infos = useQueries({
    queries: items.map((item) => searchQueries.entity(item.kind, item.id, loaded)),
  });
  const fresh = useQueries({
    queries: items.map((item) => searchQueries.total({ ...filtersOf(item), from: newFrom(item) }, loaded)),
  });
  const counts = items.map((item, i): FollowedCounts | undefined => {
    const info = infos[i]?.data;
    const freshCount = fresh[i]?.data;
    if (info === undefined || freshCount === undefined) return undefined;
    const all = filtersOf(item);
    return {
      known: info !== null,
      total: info?.count ?? 0,
      fresh: freshCount,
      allHref: paths.list.href(serializeFilters(all)),
      newHref: paths.list.href(serializeFilters({ ...all, from: newFrom(item) })),
    };
  });

  const downloadOpml = () => {
    const feeds = followedFeeds(items, window.location.origin);
    downloadText(
      strings.follow.opmlFile,
      writeOpml(strings.follow.opmlTitle, feeds, new Date()),
      'text/x-opml;charset=utf-8',
    );
  };

  return (
    <div className="max-w-3xl space-y-6">
      <title>{strings.pageTitle(strings.follow.heading)}</title>
      <header className="space-y-2">
        <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold tracking-tight focus:outline-none">
          {strings.follow.heading}
        </h1>
        <p className="text-slate-600 dark:text-slate-400">{strings.follow.privacy}</p>
        <p role="status" className="text-sm font-medium">
          {said}
        </p>
      </header>
      <FollowingProblem
        problem={problem}
        onDismiss={() => {
          // The notice and its button go away: focus stays on the page, not on <body>.
          heading.current?.focus();
          followingActions.dismissProblem();
        }}
      />

      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          <h2 className="text-lg font-semibold">{strings.follow.empty}</h2>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{strings.follow.emptyHint}</p>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">{strings.follow.newExplained}</p>
          <FollowedList
            items={items}
            counts={counts}
            onOpenNew={(item) => {
              followingActions.markSeen(item, infos[items.indexOf(item)]?.data?.last ?? null);
            }}
            onUnfollow={(item) => {
              followingActions.unfollow(item.kind, item.id);
              setSaid(strings.follow.unfollowed(item.name));
            }}
            focusWhenEmpty={heading}
          />
          <section aria-labelledby="opml-heading" className="space-y-2">
            <h2 id="opml-heading" className="text-xl font-semibold">
              {strings.follow.opmlHeading}
            </h2>
            <p className="text-slate-600 dark:text-slate-400">{strings.follow.opmlText}</p>
            <button
              type="button"
              onClick={downloadOpml}
              className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
            >
              {strings.follow.opmlButton}
            </button>
          </section>
        </>
      )}
    </div>
  );
}

import { useRef, type RefObject } from 'react';
import { Link } from 'react-router';
import { entityHref } from '../../../config/paths';
import { strings } from '../../../config/strings-following';
import type { Followed } from '../following-model';

/** What the page knows of one followed entity now; undefined while it is being counted. */
export interface FollowedCounts {
  /** False when the data no longer has it. */
  known: boolean;
  total: number;
  /** Announcements dated after the one seen last. */
  fresh: number;
  /** The list filtered by it, and by it and the new dates. */
  allHref: string;
  newHref: string;
}

const linkClass = 'text-sky-700 hover:underline dark:text-sky-300';

function keyOf(item: Followed): string {
  return `${item.kind}:${item.id}`;
}

/**
 * The followed entities, newest followed first, each with what is new and a way to stop following it.
 * Unfollowing removes the focused row, so focus moves first: to the next row's Unfollow button (the
 * previous row's for the last), or to `focusWhenEmpty` when no row is left.
 */
export function FollowedList({
  items,
  counts,
  onOpenNew,
  onUnfollow,
  focusWhenEmpty,
}: {
  items: readonly Followed[];
  counts: readonly (FollowedCounts | undefined)[];
  onOpenNew: (item: Followed) => void;
  onUnfollow: (item: Followed) => void;
  focusWhenEmpty: RefObject<HTMLElement | null>;
}) {
  const unfollowButtons = useRef(new Map<string, HTMLButtonElement>());
  const unfollow = (i: number) => {
    const item = items[i];
    if (!item) return;
    const neighbour = items[i + 1] ?? items[i - 1];
    const target = neighbour ? unfollowButtons.current.get(keyOf(neighbour)) : focusWhenEmpty.current;
    target?.focus();
    onUnfollow(item);
  };
  return (
    <ul
      aria-label={strings.follow.listLabel}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
    >
      {items.map((item, i) => {
        const c = counts[i];
        return (
          <li
            key={keyOf(item)}
            className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3"
          >
            <div className="min-w-0">
              <p className="text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
                {strings.follow.kind[item.kind]}
              </p>
              <Link to={entityHref(item.kind, item.id)} className={`font-semibold break-words ${linkClass}`}>
                {item.name}
              </Link>
            </div>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              {c === undefined ? (
                <span className="text-slate-600 dark:text-slate-400">{strings.follow.counting}</span>
              ) : !c.known ? (
                <span className="text-slate-600 dark:text-slate-400">{strings.follow.gone}</span>
              ) : (
                <>
                  {c.fresh > 0 ? (
                    <Link
                      to={c.newHref}
                      aria-label={strings.follow.newLink(c.fresh, item.name)}
                      onClick={() => {
                        onOpenNew(item);
                      }}
                      className="rounded-full bg-sky-700 px-2.5 py-0.5 font-semibold text-white hover:bg-sky-800"
                    >
                      {strings.follow.newCount(c.fresh)}
                    </Link>
                  ) : (
                    <span className="text-slate-600 dark:text-slate-400">{strings.follow.noneNew}</span>
                  )}
                  <Link
                    to={c.allHref}
                    aria-label={strings.follow.allLabel(c.total, item.name)}
                    className={linkClass}
                  >
                    {strings.follow.all(c.total)}
                  </Link>
                </>
              )}
              <button
                type="button"
                ref={(button) => {
                  const buttons = unfollowButtons.current;
                  if (button) buttons.set(keyOf(item), button);
                  else buttons.delete(keyOf(item));
                }}
                onClick={() => {
                  unfollow(i);
                }}
                aria-label={strings.follow.unfollowLabel(item.name)}
                className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                {strings.follow.unfollow}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

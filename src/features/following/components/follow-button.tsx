import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { strings } from '../../../config/strings-following';
import { findFollowed, type FollowedEntity } from '../following-model';
import { followingActions, useFollowing } from '../following-store';
import { FollowingProblem } from './following-problem';

/**
 * A toggle (aria-pressed) that follows the entity in this browser. While the entity is followed, opening
 * its page marks its announcements up to `newest` (its newest date) as seen.
 */
export function FollowButton({ entity, newest }: { entity: FollowedEntity; newest: string | null }) {
  const { state, problem } = useFollowing();
  const isFollowed = findFollowed(state, entity.kind, entity.id) !== undefined;
  const [said, setSaid] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const { kind, id, name } = entity;

  useEffect(() => {
    if (isFollowed) followingActions.markSeen({ kind, id, name }, newest);
  }, [isFollowed, kind, id, name, newest]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-pressed={isFollowed}
        title={strings.follow.hint(entity.name, isFollowed)}
        onClick={() => {
          if (isFollowed) {
            followingActions.unfollow(kind, id);
            setSaid(strings.follow.unfollowed(entity.name));
          } else {
            followingActions.follow(entity, newest);
            setSaid(strings.follow.followed(entity.name));
          }
        }}
        className={`inline-flex items-center gap-1.5 rounded-md border px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${
          isFollowed
            ? 'border-sky-700 bg-sky-50 text-sky-900 hover:bg-sky-100 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900'
            : 'border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800'
        }`}
      >
        <span aria-hidden="true">{isFollowed ? '✓' : '+'}</span>
        {strings.follow.button}
      </button>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {said && (
          <>
            {said}{' '}
            {isFollowed && (
              <Link to={paths.following.href()} className="text-sky-700 underline dark:text-sky-300">
                {strings.follow.nav}
              </Link>
            )}
          </>
        )}
      </p>
      <FollowingProblem
        problem={problem}
        onDismiss={() => {
          button.current?.focus();
          followingActions.dismissProblem();
        }}
      />
    </>
  );
}

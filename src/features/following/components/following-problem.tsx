import { strings } from '../../../config/strings-following';
import type { FollowingProblem as Problem } from '../following-store';

/** Says why the followed list is empty or will not last, with a way to put the notice away. */
export function FollowingProblem({ problem, onDismiss }: { problem: Problem; onDismiss: () => void }) {
  if (problem === null) return null;
  return (
    <div
      role="status"
      className="flex w-full items-start justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        <span className="font-semibold">{strings.follow.problemTitle}: </span>
        {problem === 'unreadable' ? strings.follow.unreadable : strings.follow.unavailable}
      </p>
      <button
        type="button"
        onClick={onDismiss}
        className="shrink-0 rounded border border-amber-400 px-2 py-0.5 font-medium hover:bg-amber-100 dark:border-amber-600 dark:hover:bg-amber-900"
      >
        {strings.follow.dismiss}
      </button>
    </div>
  );
}

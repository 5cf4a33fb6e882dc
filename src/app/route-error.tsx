import { useQueryClient } from '@tanstack/react-query';
import { Link, useRevalidator, useRouteError } from 'react-router';
import { paths } from '../config/paths';
import { ErrorState } from '../components/ui/status';
import { isDataLoadError } from '../features/announcements/api/data-errors';
import { NotFound } from '../features/announcements/components/not-found';

/** Every route's error view: a not-found page for unknown ids, otherwise the reason and a Retry button. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();

  if (isDataLoadError(error) && error.kind === 'not-found' && error.file.startsWith('announcements/')) {
    return (
      <NotFound
        title="Announcement not found"
        detail="No announcement has this id. The link may be mistyped, or the announcement was removed."
      />
    );
  }

  const message = isDataLoadError(error)
    ? error.message
    : error instanceof Error
      ? error.message
      : 'Something unexpected went wrong.';
  const retry = () => {
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    void revalidator.revalidate();
  };
  return (
    <div className="mx-auto max-w-2xl py-8">
      <title>Could not load · Announcement Reader</title>
      <ErrorState
        pageHeading
        title={
          isDataLoadError(error) && error.file.startsWith('announcements/')
            ? 'This announcement could not be loaded'
            : 'The announcements could not be loaded'
        }
        onRetry={retry}
        retrying={revalidator.state === 'loading'}
      >
        <p className="break-words">{message}</p>
        <p>
          {isDataLoadError(error) && error.transient
            ? 'We tried several times. Check your connection, then retry.'
            : 'Retrying may help if the data was being updated.'}
        </p>
        <p>
          <Link to={paths.list.href()} className="font-medium underline">
            Back to all announcements
          </Link>
        </p>
      </ErrorState>
    </div>
  );
}

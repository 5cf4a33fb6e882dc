import { useQueryClient } from '@tanstack/react-query';
import { Link, useRevalidator, useRouteError } from 'react-router';
import { paths } from '../config/paths';
import { ErrorState } from '../components/status';
import { isDataLoadError } from '../data/data-errors';
import { NotFound } from '../components/not-found';
import { strings } from '../config/strings';

/** Every route's error view: a not-found page for unknown ids, otherwise the reason and a Retry button. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();

  if (isDataLoadError(error) && error.kind === 'not-found' && error.file.startsWith('announcements/')) {
    return (
      <NotFound
        title={strings.errors.announcementNotFound}
        detail={strings.errors.announcementNotFoundText}
      />
    );
  }

  const message = isDataLoadError(error)
    ? error.message
    : error instanceof Error
      ? error.message
      : strings.errors.unexpected;
  const retry = () => {
    void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    void revalidator.revalidate();
  };
  return (
    <div className="mx-auto max-w-2xl py-8">
      <title>{strings.pageTitle(strings.errors.couldNotLoad)}</title>
      <ErrorState
        pageHeading
        title={
          isDataLoadError(error) && error.file.startsWith('announcements/')
            ? strings.errors.detailFailed
            : strings.errors.listFailed
        }
        onRetry={retry}
        retrying={revalidator.state === 'loading'}
      >
        <p className="break-words">{message}</p>
        <p>
          {isDataLoadError(error) && error.transient
            ? strings.errors.transientHint
            : strings.errors.permanentHint}
        </p>
        <p>
          <Link to={paths.list.href()} className="font-medium underline">
            {strings.errors.backToList}
          </Link>
        </p>
      </ErrorState>
    </div>
  );
}

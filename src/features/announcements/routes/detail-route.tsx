import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '../../../config/paths';
import { announcementQueries } from '../api/announcement-queries';
import { AnnouncementDetail } from '../components/announcement-detail';

export function detailLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.query(announcementQueries.detail(params.id ?? ''));
    return null;
  };
}

function BackLink() {
  const location = useLocation();
  const navigate = useNavigate();
  const state: unknown = location.state;
  const fromList = typeof state === 'object' && state !== null && 'fromList' in state;
  const className = 'text-sm font-medium text-sky-700 hover:underline dark:text-sky-300';
  if (fromList) {
    return (
      <button
        type="button"
        className={className}
        onClick={() => {
          void navigate(-1);
        }}
      >
        ← Back to results
      </button>
    );
  }
  return (
    <Link to={paths.list.href()} className={className}>
      ← All announcements
    </Link>
  );
}

export function DetailRoute() {
  const { id = '' } = useParams();
  const { data: announcement } = useSuspenseQuery(announcementQueries.detail(id));
  return (
    <div className="space-y-4">
      <title>{`${announcement.title} · Announcement Reader`}</title>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link to={paths.list.href()} className="hover:underline">
              Home
            </Link>
          </li>
          <li aria-hidden="true">›</li>
          <li>{announcement.section ?? 'Announcements'}</li>
          <li aria-hidden="true">›</li>
          <li
            aria-current="page"
            className="max-w-full truncate font-medium text-slate-900 dark:text-slate-100"
          >
            {announcement.title}
          </li>
        </ol>
      </nav>
      <BackLink />
      <AnnouncementDetail announcement={announcement} />
    </div>
  );
}

import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../components/breadcrumb';
import { ShareButton } from '../../components/share-button';
import { paths } from '../../config/paths';
import { markTerms } from '../../lib/highlight';
import { parseHighlight, searchQueries, useLoadProgress } from '../../features/search';
import {
  AnnouncementDetail,
  announcementQueries,
  RelatedAnnouncements,
  SuggestCorrection,
} from '../../features/announcements';
import { strings } from '../../config/strings-detail';

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
        {strings.detail.backToResults}
      </button>
    );
  }
  return (
    <Link to={paths.list.href()} className={className}>
      {strings.detail.allAnnouncements}
    </Link>
  );
}

/** This page's address without the marks' `hl`: what is shared is the announcement. */
function shareUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('hl');
  return url.href;
}

export function DetailRoute() {
  const { id = '' } = useParams();
  const { data: announcement } = useSuspenseQuery(announcementQueries.detail(id));
  const [searchParams] = useSearchParams();
  const hl = parseHighlight(searchParams);
  const state: unknown = useLocation().state;
  const progress = useLoadProgress();
  const related = useQuery({
    ...searchQueries.related(id, progress?.loaded ?? 0),
    enabled: progress !== null,
  });
  return (
    <div className="space-y-4">
      <title>{strings.pageTitle(announcement.title)}</title>
      <Breadcrumb
        section={announcement.section ?? strings.detail.sectionFallback}
        current={announcement.title}
      />
      <BackLink />
      {hl && (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-print="hide">
          {strings.highlight.showing(hl)}{' '}
          <Link
            to={paths.announcement.href(announcement.id)}
            replace
            state={state}
            className="font-medium text-sky-700 underline dark:text-sky-300"
          >
            {strings.highlight.remove}
          </Link>
        </p>
      )}
      <AnnouncementDetail
        announcement={announcement}
        highlight={markTerms(hl)}
        actions={<ShareButton title={announcement.title} url={shareUrl()} />}
        related={<RelatedAnnouncements rows={related.data} />}
        correction={<SuggestCorrection key={announcement.id} announcement={announcement} />}
      />
    </div>
  );
}

import { Link } from 'react-router';
import { paths } from '../config/paths';
import { strings } from '../config/strings-detail';

/**
 * Home › section › the current page; the last item is marked as the page the reader is on. The section
 * links to `sectionHref` when it has a page (an entity's directory).
 */
export function Breadcrumb({
  section,
  sectionHref,
  current,
}: {
  section: string;
  sectionHref?: string;
  current: string;
}) {
  return (
    <nav aria-label={strings.detail.breadcrumb} className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link to={paths.list.href()} className="hover:underline">
            {strings.detail.breadcrumbHome}
          </Link>
        </li>
        <li aria-hidden="true">›</li>
        <li>
          {sectionHref ? (
            <Link to={sectionHref} className="hover:underline">
              {section}
            </Link>
          ) : (
            section
          )}
        </li>
        <li aria-hidden="true">›</li>
        <li
          aria-current="page"
          className="max-w-full truncate font-medium text-slate-900 dark:text-slate-100"
        >
          {current}
        </li>
      </ol>
    </nav>
  );
}

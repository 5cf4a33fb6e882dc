import { Link } from 'react-router';
import { strings } from '../config/strings';
import { Notice } from './status';

/** The parts of a URL that were not understood, and a link to the same view without them. */
export function LinkIssues({
  issues,
  tidyHref,
}: {
  issues: readonly { param: string; value: string; message: string }[];
  tidyHref: string;
}) {
  if (issues.length === 0) return null;
  return (
    <Notice title={strings.list.linkIssuesTitle}>
      <ul className="list-disc pl-5">
        {issues.map((issue, i) => (
          <li key={i}>
            {issue.message} ({issue.param}={issue.value})
          </li>
        ))}
      </ul>
      <Link to={tidyHref} replace className="mt-2 inline-block font-medium underline">
        {strings.list.tidyLink}
      </Link>
    </Notice>
  );
}

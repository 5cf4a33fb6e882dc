import { Notice } from '../../../components/ui/status';
import { pluralize } from '../../../lib/text';
import type { DataProblem } from '../api/fetch-data';

/** Says which parts of the dataset could not be used, while everything valid is still shown. */
export function DataProblems({ problems }: { problems: readonly DataProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Notice
      title={`Some of the data could not be read (${pluralize(problems.length, 'problem')}); everything else is shown`}
    >
      <details>
        <summary className="cursor-pointer">Show what is wrong</summary>
        <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
          {problems.slice(0, 50).map((problem, i) => (
            <li key={i}>
              <code>{problem.file}</code>: {problem.message}
            </li>
          ))}
          {problems.length > 50 && <li>and {(problems.length - 50).toLocaleString()} more</li>}
        </ul>
      </details>
    </Notice>
  );
}

import { Notice } from './status';
import type { DataProblem } from '../data/fetch-data';
import { strings } from '../config/strings';

/** Says which parts of the dataset could not be used, while everything valid is still shown. */
export function DataProblems({ problems }: { problems: readonly DataProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Notice title={strings.errors.dataProblems(problems.length)}>
      <details>
        <summary className="cursor-pointer">{strings.errors.showWhatIsWrong}</summary>
        <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
          {problems.slice(0, 50).map((problem, i) => (
            <li key={i}>
              <code>{problem.file}</code>: {problem.message}
            </li>
          ))}
          {problems.length > 50 && <li>{strings.errors.andMore(problems.length - 50)}</li>}
        </ul>
      </details>
    </Notice>
  );
}

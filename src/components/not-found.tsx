import { Link } from 'react-router';
import { paths } from '../config/paths';
import { strings } from '../config/strings';

export function NotFound({ title, detail }: { title: string; detail: string }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <title>{strings.pageTitle(title)}</title>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 break-words text-slate-600 dark:text-slate-400">{detail}</p>
      <Link
        to={paths.list.href()}
        className="mt-6 inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800"
      >
        {strings.errors.browseAll}
      </Link>
    </div>
  );
}

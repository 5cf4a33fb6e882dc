import { Link } from 'react-router';
import { directoryHref, type EntityKind } from '../config/paths';
import { strings } from '../config/strings-entities';

const KINDS: readonly EntityKind[] = ['person', 'country', 'event', 'org'];

/** The Browse disclosure's panel: the links to the four directories (src/components/browse-menu.tsx). */
export function BrowsePanel({ id, open, currentPath }: { id: string; open: boolean; currentPath: string }) {
  return (
    <nav
      id={id}
      aria-label={strings.browse.menuLabel}
      hidden={!open}
      className="absolute inset-x-4 top-full z-30 mt-1 rounded-lg border border-slate-200 bg-white p-2 shadow-lg sm:right-4 sm:left-auto sm:w-80 dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="px-2 pt-1 pb-2 text-xs text-slate-600 dark:text-slate-400">{strings.browse.hint}</p>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <Link
              to={directoryHref(kind)}
              aria-current={currentPath === directoryHref(kind) ? 'page' : undefined}
              className="block rounded px-2 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=page]:text-sky-700 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-[current=page]:text-sky-300"
            >
              {strings.entity.plural[kind]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { directoryHref, type EntityKind } from '../config/paths';
import { strings } from '../config/strings';

const KINDS: readonly EntityKind[] = ['person', 'country', 'event', 'org'];

/**
 * The header's "Browse" disclosure: a button that shows the links to the four directories. A disclosure,
 * not an ARIA menu: Tab moves through the links; Escape, a click elsewhere, leaving it by Tab or following
 * a link closes it. The panel spans the header (whose container is `relative`), so it fits a phone.
 */
export function BrowseMenu() {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const [at, setAt] = useState(location);
  if (location !== at) {
    setAt(location);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        setOpen(false);
        button.current?.focus();
      }
    };
    // A click or a focus (Tab past the last link) anywhere else closes it.
    const onOutside = (event: Event) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  return (
    <div ref={wrapper}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
        className="inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-sm font-medium text-sky-700 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
      >
        {strings.browse.nav}
        <span
          aria-hidden="true"
          className={`inline-block text-xs transition-transform ${open ? 'rotate-180' : ''}`}
        >
          ▾
        </span>
      </button>
      <nav
        id={panelId}
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
                aria-current={location.pathname === directoryHref(kind) ? 'page' : undefined}
                className="block rounded px-2 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=page]:text-sky-700 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-[current=page]:text-sky-300"
              >
                {strings.entity.plural[kind]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { strings } from '../config/strings';
import { deferred } from './deferred';

// The links and their text load after the first content (docs/decisions/0021); until then the panel's
// place is kept, closed, so that the button's aria-controls names an element.
const BrowsePanel = deferred(() => import('./browse-panel').then((m) => m.BrowsePanel), {
  placeholder: ({ id }) => <div id={id} hidden />,
});

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
      <BrowsePanel id={panelId} open={open} currentPath={location.pathname} />
    </div>
  );
}

import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { countryName } from '../lib/countries';
import { Flag, hasFlag } from './flag';

// A block (the chip's list item is the flex item), so that a long name is cut with an ellipsis without an
// inner element per chip.
const chip =
  'block truncate rounded-full border px-2 py-0.5 text-xs leading-5 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600';

const tone = {
  person: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
  country:
    'border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  event:
    'border-amber-200 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
  org: 'border-violet-200 bg-violet-50 text-violet-950 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100',
};

/** Country name with its flag; the flag is decoration, the name is what is read out. */
export function CountryLabel({ code }: { code: string }) {
  return (
    <>
      <Flag code={code} />
      {hasFlag(code) && ' '}
      <span>{countryName(code)}</span>
    </>
  );
}

/**
 * A ref for an element holding plain anchors marked `data-link` (EntityChips among them): a plain left
 * click on one is followed by the router, as a <Link> would follow it (replacing the history entry when it
 * leads where the page is), with `state` as the entry's state. One listener for a result's links
 * rather than a <Link> and its hooks each: a list renders dozens of them per click, and every <Link>
 * renders again on every navigation.
 */
export function useLinkClicks(state?: unknown): (element: HTMLElement | null) => (() => void) | undefined {
  const navigate = useNavigate();
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element) return undefined;
      const onClick = (event: MouseEvent) => {
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        const link = event.target instanceof Element ? event.target.closest('a[data-link]') : null;
        const href = link?.getAttribute('href');
        if (!link || !href || !element.contains(link)) return;
        event.preventDefault();
        const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
        void navigate(href, { replace: here === href, state });
      };
      element.addEventListener('click', onClick);
      return () => {
        element.removeEventListener('click', onClick);
      };
    },
    [navigate, state],
  );
}

/** A link to an entity's page, as a plain anchor: the element holding it follows it (useLinkClicks). */
export function EntityChip({
  kind,
  to,
  label,
  children,
}: {
  kind: keyof typeof tone;
  to: string;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <a href={to} data-link="" className={`${chip} ${tone[kind]}`} aria-label={label} title={label}>
      {children}
    </a>
  );
}

import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { countryName } from '../lib/countries';
import { Flag, hasFlag } from './flag';

const chip =
  'inline-flex max-w-full items-center gap-1 rounded-full border px-2 py-0.5 text-xs leading-5 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600';

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
 * A ref for an element holding EntityChips: a plain left click on one is followed by the router, as a
 * <Link> would follow it (replacing the history entry when it leads where the page is). One listener for a
 * result's chips rather than a <Link> and its hooks each: a list renders dozens of them per click.
 */
export function useChipClicks(): (element: HTMLElement | null) => (() => void) | undefined {
  const navigate = useNavigate();
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element) return undefined;
      const onClick = (event: MouseEvent) => {
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        const link = event.target instanceof Element ? event.target.closest('a[data-chip]') : null;
        const href = link?.getAttribute('href');
        if (!link || !href || !element.contains(link)) return;
        event.preventDefault();
        const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
        void navigate(href, { replace: here === href });
      };
      element.addEventListener('click', onClick);
      return () => {
        element.removeEventListener('click', onClick);
      };
    },
    [navigate],
  );
}

/** A link to an entity's page, as a plain anchor: the element holding it follows it (useChipClicks). */
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
    <a href={to} data-chip="" className={`${chip} ${tone[kind]}`} aria-label={label} title={label}>
      <span className="truncate">{children}</span>
    </a>
  );
}

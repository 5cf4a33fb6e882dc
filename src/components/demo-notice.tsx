import { useState } from 'react';
import { strings } from '../config/strings';

/** Remembered so that the notice, once dismissed, stays away on this browser. */
const STORAGE_KEY = 'demo-notice-dismissed';

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // storage forbidden (private mode): the notice shows, and dismissing lasts this page
  }
}

/** Says that the archive on screen is the demo (generated items and the real sample) and how to load one's own. */
export function DemoNotice({ generated, real }: { generated: number; real: number }) {
  const [dismissed, setDismissed] = useState(wasDismissed);
  if (dismissed) return null;
  return (
    <section
      aria-label={strings.demo.label}
      className="mb-6 flex items-start justify-between gap-3 rounded-lg border border-violet-300 bg-violet-50 px-4 py-3 text-sm text-violet-950 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100"
    >
      <p>
        <strong className="font-semibold">{strings.demo.label}:</strong>{' '}
        {strings.demo.counts(generated, real)} {strings.demo.loadYourOwn}{' '}
        <code className="rounded bg-white/70 px-1 py-0.5 font-mono text-xs whitespace-nowrap dark:bg-black/30">
          {strings.demo.command}
        </code>
      </p>
      <button
        type="button"
        onClick={() => {
          try {
            localStorage.setItem(STORAGE_KEY, '1');
          } catch {
            // See wasDismissed: without storage the choice lasts for this page only.
          }
          setDismissed(true);
        }}
        aria-label={strings.demo.dismissLabel}
        className="shrink-0 rounded-md border border-violet-300 px-2.5 py-1 font-medium hover:bg-violet-100 dark:border-violet-600 dark:hover:bg-violet-900"
      >
        {strings.demo.dismiss}
      </button>
    </section>
  );
}

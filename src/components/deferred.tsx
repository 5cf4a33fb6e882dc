import { startTransition, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { afterFirstContent } from '../lib/after-first-content';
import { strings } from '../config/strings';

type Outcome<P> = { status: 'loaded'; Component: ComponentType<P> } | { status: 'failed' };

export interface DeferredOptions<P> {
  /** Shown until the code is in; it keeps the place, so that nothing moves when the part arrives. */
  placeholder?: (props: P) => ReactNode;
}

/**
 * A part of the page whose code is not in the first download (docs/decisions/0021): it renders its
 * placeholder until the page's first content is on screen and the code has arrived, then itself. Not
 * React.lazy: under the router's transitions React would hold the whole page back until the chunk is in
 * (decision 0007). If the code cannot be loaded (offline, a deploy replaced it), it says so in place, and
 * the next time it is shown it tries again.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { placeholder }: DeferredOptions<P> = {},
) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<Outcome<P>> | null = null;
  const start = (): Promise<Outcome<P>> =>
    (loading ??= load().then(
      (Component): Outcome<P> => {
        loaded = Component;
        return { status: 'loaded', Component };
      },
      (): Outcome<P> => {
        loading = null;
        return { status: 'failed' };
      },
    ));

  function Deferred(props: P) {
    const [outcome, setOutcome] = useState<Outcome<P> | null>(() =>
      loaded ? { status: 'loaded', Component: loaded } : null,
    );
    useEffect(() => {
      if (outcome) return;
      let live = true;
      const cancel = afterFirstContent(() => {
        void start().then((next) => {
          // A transition: the part renders in slices, so that a click at that moment is not held up.
          if (live)
            startTransition(() => {
              setOutcome(next);
            });
        });
      });
      return () => {
        live = false;
        cancel();
      };
    }, [outcome]);
    if (outcome?.status === 'loaded') return <outcome.Component {...props} />;
    if (outcome?.status === 'failed') return <PartNotLoaded />;
    return placeholder?.(props) ?? null;
  }
  return Deferred;
}

function PartNotLoaded() {
  return (
    <p role="alert" className="text-sm text-amber-800 dark:text-amber-200">
      {strings.errors.partNotLoaded}
    </p>
  );
}

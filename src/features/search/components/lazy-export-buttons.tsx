import { useEffect, useState } from 'react';
import { whenIdle } from '../../../lib/idle';
import type { Filters } from '../filter-params';

type Buttons = (props: { filters: Filters; total: number }) => React.ReactNode;

let loaded: Buttons | null = null;
let loading: Promise<Buttons> | null = null;

function loadButtons(): Promise<Buttons> {
  loading ??= import('./export-buttons').then(
    (m) => (loaded = m.ExportButtons),
    (error: unknown) => {
      loading = null; // offline, or a deploy replaced the chunk: the next page tries again
      throw error;
    },
  );
  return loading;
}

/**
 * "Download CSV / JSON", kept out of the first download (docs/decisions/0007, 0016): its code arrives
 * when the page is idle after the first results, as the windowed list's does, into a row kept for it.
 * Not React.lazy: under the router's transitions React would hold the results back until it is in.
 */
export function LazyExportButtons(props: { filters: Filters; total: number }) {
  const [ExportButtons, setExportButtons] = useState<Buttons | null>(() => loaded);
  useEffect(() => {
    if (ExportButtons) return;
    let live = true;
    const cancel = whenIdle(() => {
      loadButtons().then(
        (buttons) => {
          if (live) setExportButtons(() => buttons);
        },
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [ExportButtons]);
  // The buttons' row height (their min-h), kept free before they arrive so the results do not move.
  return ExportButtons ? <ExportButtons {...props} /> : <div className="min-h-[34px]" />;
}

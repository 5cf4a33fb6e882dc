import { useEffect, useRef, useState } from 'react';
import { strings } from '../../../config/strings-results';
import { downloadBlob } from '../../../lib/download';
import { exportResults } from '../engine/search-engine';
import type { Filters } from '../filter-params';
import type { ExportProgress } from '../engine/export-results';
import type { ExportFormat } from '../export-format';

type State =
  | { status: 'idle' }
  | { status: 'busy'; format: ExportFormat; progress: ExportProgress | null }
  | { status: 'done'; fileName: string; count: number }
  | { status: 'failed'; message: string };

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];
/**
 * "Download CSV" and "Download JSON" of every result of `filters`, not only the rows shown. The worker
 * builds the file; this shows how far it is and saves it.
 */
export function ExportButtons({ filters, total }: { filters: Filters; total: number }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const busy = state.status === 'busy';

  const download = async (format: ExportFormat) => {
    if (busy) return;
    setState({ status: 'busy', format, progress: null });
    try {
      const { blob, fileName, count } = await exportResults(filters, format, (progress) => {
        if (mounted.current) setState({ status: 'busy', format, progress });
      });
      downloadBlob(fileName, blob);
      if (mounted.current) setState({ status: 'done', fileName, count });
    } catch (error) {
      if (mounted.current)
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div
      role="group"
      aria-label={strings.exportResults.label}
      className="flex flex-wrap items-center gap-2"
      data-print="hide"
    >
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          aria-disabled={busy || total === 0}
          onClick={() => {
            if (total > 0) void download(format);
          }}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {strings.exportResults.download(format)}
        </button>
      ))}
      {state.status === 'busy' && (
        <progress
          aria-label={strings.exportResults.progress(state.format)}
          max={state.progress?.total || 1}
          value={state.progress?.done ?? 0}
          className="h-2 w-28 accent-sky-700"
        />
      )}
      {/* What is read out: the start and the end, not every step of the progress bar. */}
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400" data-testid="export-status">
        {state.status === 'busy' &&
          (state.progress
            ? strings.exportResults.preparing(state.format, state.progress.total)
            : strings.exportResults.waiting)}
        {state.status === 'done' && strings.exportResults.done(state.fileName, state.count)}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {strings.exportResults.failed(state.message)}
        </p>
      )}
    </div>
  );
}

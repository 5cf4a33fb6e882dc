import { useState } from 'react';
import { strings } from '../config/strings-detail';

type Status = 'idle' | 'copied' | 'failed';

/** Shares the page with the Web Share API where there is one, else copies its link and says so. */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const [status, setStatus] = useState<Status>('idle');
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2" data-print="hide">
      <button
        type="button"
        onClick={() => {
          void share();
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {strings.share.button}
      </button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {status === 'copied' && strings.share.copied}
        {status === 'failed' && (
          <>
            {strings.share.copyThis}{' '}
            <input
              readOnly
              value={url}
              aria-label={strings.share.linkLabel}
              className="w-64 rounded border px-1"
            />
          </>
        )}
      </span>
    </div>
  );
}

import type { ReactNode } from 'react';
import { strings } from '../config/strings';

export function Skeleton({ className = '' }: { className?: string }) {
  return <div className={`animate-pulse rounded bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

export function ErrorState({
  title,
  children,
  onRetry,
  retrying = false,
  pageHeading = false,
}: {
  title: string;
  children: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  /** True when the error is the whole page: its title is then the page's h1. */
  pageHeading?: boolean;
}) {
  const Heading = pageHeading ? 'h1' : 'h2';
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-5 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <Heading className="text-lg font-semibold">{title}</Heading>
      <div className="mt-2 space-y-2 text-sm">{children}</div>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-4 rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60 dark:bg-red-600"
        >
          {retrying ? strings.errors.retrying : strings.errors.retry}
        </button>
      )}
    </div>
  );
}

export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{title}</p>
      <div className="mt-1">{children}</div>
    </div>
  );
}

/** Said while data loads, and says so when attempts have failed and are being retried. */
export function LoadingMessage({ failures }: { failures: number }) {
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {failures > 0 ? strings.loading.retrying(failures) : strings.loading.announcements}
    </p>
  );
}

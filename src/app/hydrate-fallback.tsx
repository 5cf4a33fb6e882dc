import { LoadingMessage, Skeleton } from '../components/status';
import { ResultsSkeleton } from '../components/results-skeleton';
import { useRetryStatus } from '../lib/use-retry-status';
import { Shell } from './root-layout';

/** Shown while the first page's data loads: the page's shape, and word of any retries. */
export function HydrateFallback() {
  const failures = useRetryStatus();
  return (
    <Shell>
      <div className="space-y-4" aria-busy="true">
        <LoadingMessage failures={failures} />
        <Skeleton className="h-8 w-64" />
        <ResultsSkeleton />
      </div>
    </Shell>
  );
}

import { LoadingMessage, Skeleton } from '../components/ui/status';
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
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="space-y-2 py-3">
            <Skeleton className="h-5 w-3/4" />
            <Skeleton className="h-4 w-32" />
            <div className="flex gap-2">
              <Skeleton className="h-5 w-24" />
              <Skeleton className="h-5 w-20" />
              <Skeleton className="h-5 w-36" />
            </div>
          </div>
        ))}
      </div>
    </Shell>
  );
}

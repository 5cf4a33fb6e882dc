import { Skeleton } from './status';

/** The shape of a few result rows, while the first results load. */
export function ResultsSkeleton() {
  return (
    <div aria-hidden="true">
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="space-y-2 py-4">
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
  );
}

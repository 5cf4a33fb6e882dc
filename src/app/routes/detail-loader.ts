import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { announcementQueries } from '../../features/announcements';
import { searchQueries } from '../../features/search';

/**
 * The detail's loader, kept out of the route's module: the router runs it while that module downloads,
 * rather than after.
 */
export function detailLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    // The search index (for related announcements) opens in the background; the detail does not wait.
    queryClient.query(searchQueries.dataset()).catch(() => undefined);
    await queryClient.query(announcementQueries.detail(params.id ?? ''));
    return null;
  };
}

/** The detail route's module (split out: the detail and what it loads are not part of the first download). */
export const loadDetailRoute = () => import('./detail-route');

/**
 * Fetches the detail's code ahead, while the list is idle: the route's module and the data module (with its
 * validation library) that reads an announcement, so that opening one waits for its file alone.
 */
export function preloadDetail(): void {
  loadDetailRoute().catch(() => undefined);
  import('../../data/fetch-data').catch(() => undefined);
}

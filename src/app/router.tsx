import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { paths } from '../config/paths';
import { DetailRoute, detailLoader } from '../features/announcements/routes/detail-route';
import { ListRoute, listLoader } from '../features/announcements/routes/list-route';
import { NotFound } from '../features/announcements/components/not-found';
import { HydrateFallback } from './hydrate-fallback';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/** The route table. Loaders prefetch into the query cache; route components read the same query options. */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, loader: listLoader(queryClient), Component: ListRoute },
            { path: paths.announcement.pattern, loader: detailLoader(queryClient), Component: DetailRoute },
            { path: '*', Component: PageNotFound },
          ],
        },
      ],
    },
  ]);
}

function PageNotFound() {
  return <NotFound title="Page not found" detail="There is no page at this address." />;
}

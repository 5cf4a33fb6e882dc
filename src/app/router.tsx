import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { paths } from '../config/paths';
import { ListRoute, listLoader } from './routes/list-route';
import { NotFound } from '../components/not-found';
import { HydrateFallback } from './hydrate-fallback';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { strings } from '../config/strings';

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
            {
              path: paths.announcement.pattern,
              // Split out: the detail (and the validation library it loads) is not part of the first download.
              lazy: async () => {
                const { DetailRoute, detailLoader } = await import('./routes/detail-route');
                return { loader: detailLoader(queryClient), Component: DetailRoute };
              },
            },
            ...(['person', 'country', 'event'] as const).map((kind) => ({
              path: paths[kind].pattern,
              lazy: async () => {
                const { EntityRoute, entityLoader } = await import('./routes/entity-route');
                return { loader: entityLoader(queryClient), Component: () => <EntityRoute kind={kind} /> };
              },
            })),
            { path: '*', Component: PageNotFound },
          ],
        },
      ],
    },
  ]);
}

function PageNotFound() {
  return <NotFound title={strings.errors.pageNotFound} detail={strings.errors.pageNotFoundText} />;
}

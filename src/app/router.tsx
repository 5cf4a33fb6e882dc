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
            ...(
              [
                ['person', paths.person.pattern],
                ['country', paths.country.pattern],
                ['event', paths.event.pattern],
                ['org', paths.organization.pattern],
              ] as const
            ).map(([kind, path]) => ({
              path,
              lazy: async () => {
                const { EntityRoute, entityLoader } = await import('./routes/entity-route');
                return { loader: entityLoader(queryClient), Component: () => <EntityRoute kind={kind} /> };
              },
            })),
            ...(
              [
                ['person', paths.people.pattern],
                ['country', paths.countries.pattern],
                ['event', paths.events.pattern],
                ['org', paths.organizations.pattern],
              ] as const
            ).map(([kind, path]) => ({
              path,
              lazy: async () => {
                const { DirectoryRoute, directoryLoader } = await import('./routes/directory-route');
                return {
                  loader: directoryLoader(queryClient, kind),
                  Component: () => <DirectoryRoute kind={kind} />,
                };
              },
            })),
            {
              path: paths.following.pattern,
              lazy: async () => {
                const { FollowingRoute, followingLoader } = await import('./routes/following-route');
                return { loader: followingLoader(queryClient), Component: FollowingRoute };
              },
            },
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

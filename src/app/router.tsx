import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { paths } from '../config/paths';
import { detailLoader, loadDetailRoute } from './routes/detail-loader';
import { ListRoute, listLoader, listShouldRevalidate, startListResults } from './routes/list-route';
import { NotFound } from '../components/not-found';
import { HydrateFallback } from './hydrate-fallback';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { strings } from '../config/strings';

/** The route table. Loaders prefetch into the query cache; route components read the same query options. */
export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            {
              id: LIST_ROUTE,
              index: true,
              loader: listLoader(queryClient),
              shouldRevalidate: listShouldRevalidate,
              Component: ListRoute,
            },
            {
              path: paths.announcement.pattern,
              // The loader is here, the component split out: the announcement's file and the route's code
              // download together.
              loader: detailLoader(queryClient),
              lazy: { Component: async () => (await loadDetailRoute()).DetailRoute },
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
  // The list's own navigations skip its loader (listShouldRevalidate): their results are asked for here,
  // as the URL changes, before the page renders it.
  let location = router.state.location;
  router.subscribe((state) => {
    if (state.location === location) return;
    location = state.location;
    if (state.navigation.state === 'idle' && state.matches.some((match) => match.route.id === LIST_ROUTE))
      startListResults(queryClient, state.location.search);
  });
  return router;
}

const LIST_ROUTE = 'list';

function PageNotFound() {
  return <NotFound title={strings.errors.pageNotFound} detail={strings.errors.pageNotFoundText} />;
}

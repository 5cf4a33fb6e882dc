import { useEffect } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useMatch, useNavigation } from 'react-router';
import { BrowseMenu } from '../components/browse-menu';
import { deferred } from '../components/deferred';
import { LoadingMessage } from '../components/status';
import { ThemeToggle } from '../components/theme-toggle';
import { paths } from '../config/paths';
import { useLoadProgress } from '../features/search';
import { firstContentShown } from '../lib/after-first-content';
import { useRetryStatus } from '../lib/use-retry-status';
import { strings } from '../config/strings';

function NavigationProgress() {
  const navigation = useNavigation();
  const failures = useRetryStatus();
  if (navigation.state === 'idle') return null;
  return (
    <div className="fixed inset-x-0 top-0 z-50">
      <div className="h-1 w-full animate-pulse bg-sky-600" />
      {failures === 0 ? (
        <div className="sr-only">
          <LoadingMessage failures={failures} />
        </div>
      ) : (
        <div className="mx-auto mt-2 w-fit rounded-md bg-amber-100 px-3 py-1 text-sm text-amber-950 shadow">
          <LoadingMessage failures={failures} />
        </div>
      )}
    </div>
  );
}

export function Shell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sky-800 focus:shadow"
      >
        {strings.skipToContent}
      </a>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="relative mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link
            to={paths.list.href()}
            className="text-lg font-bold tracking-tight text-slate-900 dark:text-slate-100"
          >
            {strings.appName}
          </Link>
          <div className="flex items-center gap-3 sm:gap-4">
            <p className="hidden text-sm text-slate-600 md:block dark:text-slate-400">{strings.tagline}</p>
            <BrowseMenu />
            <NavLink
              to={paths.following.href()}
              className="text-sm font-medium text-sky-700 hover:underline aria-[current=page]:underline dark:text-sky-300"
            >
              {strings.follow.nav}
            </NavLink>
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none">
        {children}
      </main>
    </div>
  );
}

const DemoNotice = deferred(() => import('../components/demo-notice').then((m) => m.DemoNotice));

/** Shown while the dataset is the demo archive that dev and preview serve (never in a normal build). */
function DemoDataNotice() {
  const demo = useLoadProgress()?.demo;
  return demo ? <DemoNotice generated={demo.generated} real={demo.real} /> : null;
}

export function RootLayout() {
  // The list says when its first results are on screen; every other page's code is a chunk of its own,
  // loaded after the first download, so what waits on first content may come at once.
  const onList = useMatch(paths.list.pattern) !== null;
  useEffect(() => {
    if (!onList) firstContentShown();
  }, [onList]);
  return (
    <Shell>
      <NavigationProgress />
      <DemoDataNotice />
      <Outlet />
      <ScrollRestoration />
    </Shell>
  );
}

/** `path` with a serialized query string (with or without its leading `?`) appended when there is one. */
function withSearch(path: string, search: string): string {
  const query = search.replace(/^\?/, '');
  return query ? `${path}?${query}` : path;
}

/** The URL contract in one place: route patterns and href builders. */
export const paths = {
  list: {
    pattern: '/',
    /** `search` is a serialized filter query string, with or without its leading `?`. */
    href: (search = '') => withSearch('/', search),
  },
  announcement: {
    pattern: '/announcements/:id',
    /** `hl`: the search whose words the detail marks (a result opened from a search carries it). */
    href: (id: string, hl = '') =>
      `/announcements/${encodeURIComponent(id)}${hl ? `?${new URLSearchParams({ hl }).toString()}` : ''}`,
  },
  person: {
    pattern: '/people/:id',
    href: (id: string) => `/people/${encodeURIComponent(id)}`,
  },
  country: {
    pattern: '/countries/:code',
    href: (code: string) => `/countries/${encodeURIComponent(code)}`,
  },
  event: {
    pattern: '/events/:id',
    href: (id: string) => `/events/${encodeURIComponent(id)}`,
  },
  organization: {
    pattern: '/organizations/:id',
    href: (id: string) => `/organizations/${encodeURIComponent(id)}`,
  },
  // The directories: every value of a kind, most mentioned first; `search` is a serialized directory query.
  people: {
    pattern: '/people',
    href: (search = '') => withSearch('/people', search),
  },
  countries: {
    pattern: '/countries',
    href: (search = '') => withSearch('/countries', search),
  },
  events: {
    pattern: '/events',
    href: (search = '') => withSearch('/events', search),
  },
  organizations: {
    pattern: '/organizations',
    href: (search = '') => withSearch('/organizations', search),
  },
  following: {
    pattern: '/following',
    href: () => '/following',
  },
} as const;

/** The kinds of entity that have a page, a feed and a facet, by the facet name the filters use. */
export type EntityKind = 'person' | 'country' | 'event' | 'org';

const ENTITY_PAGES = {
  person: paths.person,
  country: paths.country,
  event: paths.event,
  org: paths.organization,
} as const satisfies Record<EntityKind, { href: (id: string) => string }>;

/** The page of a person, country, event or organisation. */
export function entityHref(kind: EntityKind, id: string): string {
  return ENTITY_PAGES[kind].href(id);
}

const DIRECTORIES = {
  person: paths.people,
  country: paths.countries,
  event: paths.events,
  org: paths.organizations,
} as const satisfies Record<EntityKind, { href: (search?: string) => string }>;

/** The directory of one kind (`/people`, `/countries`, …); `search` is a serialized directory query. */
export function directoryHref(kind: EntityKind, search = ''): string {
  return DIRECTORIES[kind].href(search);
}

/** Where the build writes each kind's Atom feeds, under /feeds/. */
export const FEED_FOLDERS = {
  person: 'people',
  country: 'countries',
  event: 'events',
  org: 'organizations',
} as const satisfies Record<EntityKind, string>;

export const BOARD_FEED_PATH = '/feeds/board.xml';

/** The Atom feed of one entity's announcements (50 newest), written by `npm run build`. */
export function feedPath(kind: EntityKind, id: string): string {
  return `/feeds/${FEED_FOLDERS[kind]}/${encodeURIComponent(id)}.xml`;
}

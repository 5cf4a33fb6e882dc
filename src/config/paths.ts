/** The URL contract in one place: route patterns and href builders. */
export const paths = {
  list: {
    pattern: '/',
    /** `search` is a serialized filter query string, with or without its leading `?`. */
    href: (search = '') => {
      const query = search.replace(/^\?/, '');
      return query ? `/?${query}` : '/';
    },
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

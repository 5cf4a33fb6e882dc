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
} as const;

/** The page of a person, country or event, by the facet name the filters use. */
export function entityHref(kind: 'person' | 'country' | 'event', id: string): string {
  return paths[kind].href(id);
}

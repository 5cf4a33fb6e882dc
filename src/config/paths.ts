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
    href: (id: string) => `/announcements/${encodeURIComponent(id)}`,
  },
} as const;

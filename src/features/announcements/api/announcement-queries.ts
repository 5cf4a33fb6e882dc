import { queryOptions } from '@tanstack/react-query';

/** Query options for full announcements, shared by the detail loader and component. */
export const announcementQueries = {
  all: () => ['announcements'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...announcementQueries.all(), 'detail', id] as const,
      // Loaded on demand so the validation library stays out of the list's first download.
      queryFn: async ({ signal }) => (await import('../../../data/fetch-data')).fetchAnnouncement(id, signal),
      staleTime: 'static',
    }),
  personProfile: (id: string) =>
    queryOptions({
      queryKey: [...announcementQueries.all(), 'person', id] as const,
      queryFn: async ({ signal }) =>
        (await import('../../../data/fetch-data')).fetchPersonProfile(id, signal),
      staleTime: 'static',
    }),
};

import { queryOptions } from '@tanstack/react-query';
import { fetchAnnouncement, fetchDataset } from './fetch-data';

/** Query options for announcement data: keys from generic to specific, shared by loaders and components. */
export const announcementQueries = {
  all: () => ['announcements'] as const,
  dataset: () =>
    queryOptions({
      queryKey: [...announcementQueries.all(), 'dataset'] as const,
      queryFn: ({ signal }) => fetchDataset(signal),
      staleTime: 'static',
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...announcementQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => fetchAnnouncement(id, signal),
      staleTime: 'static',
    }),
};

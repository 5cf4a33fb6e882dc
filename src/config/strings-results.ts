import { count, strings as core } from './strings';

/**
 * The text of the results' chart and export and of an empty list, which load after the first results, with
 * the frame's.
 */
export const strings = {
  ...core,
  emptyResults: {
    filteredTitle: 'No announcement matches these filters',
    filteredText: (loading: boolean) =>
      `Every selected filter has to match. Remove one, or start again.${loading ? ' More announcements are still loading.' : ''}`,
    title: 'No announcements yet',
    text: 'The dataset is empty. Run the ingest command to add announcements.',
    clearAllFilters: 'Clear all filters',
  },
  histogram: {
    title: (unit: 'year' | 'month') => `Announcements per ${unit}`,
    bar: (period: string, n: number) => `${period}: ${count(n, 'announcement')}`,
    hint: 'Choose a bar to see that period only.',
    widen: 'Show all dates',
  },
  exportResults: {
    label: 'Download these results',
    download: (format: 'csv' | 'json') => `Download ${format.toUpperCase()}`,
    preparing: (format: 'csv' | 'json', n: number) =>
      `Preparing the ${format.toUpperCase()} file of ${count(n, 'announcement')}…`,
    waiting: 'Waiting for every announcement to load…',
    progress: (format: 'csv' | 'json') => `${format.toUpperCase()} file being prepared`,
    done: (fileName: string, n: number) => `Downloaded ${fileName} (${count(n, 'announcement')}).`,
    failed: (message: string) => `The file could not be made: ${message}`,
  },
};

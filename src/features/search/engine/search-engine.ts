import { fromErrorData } from '../../../data/data-errors';
import type { FacetKey, Filters } from '../filter-params';
import type { LoadProgress } from './types';
import type { SearchEngineApi } from './search-engine.worker';
import { wrap, type Remote } from './worker-rpc';
import type { ExportFormat } from '../export-format';
import type { ExportProgress } from './export-results';

export type { LoadProgress };

/**
 * The main thread's handle on the search worker, which loads, validates and indexes the dataset and answers
 * filter, count and text queries off the main thread.
 */
let remote: Remote<SearchEngineApi> | null = null;
let progress: LoadProgress | null = null;
const listeners = new Set<() => void>();
const exportListeners = new Map<number, (progress: ExportProgress) => void>();
let nextExportJob = 0;

/** The worker public/start-worker.js started before this script ran, if it did. */
function adoptEarlyWorker(): Worker | undefined {
  const early = window.__searchWorker;
  delete window.__searchWorker;
  window.__searchEngineStarted = true; // so that a late start-worker.js starts no second one
  return early;
}

function engine(): Remote<SearchEngineApi> {
  remote ??= wrap<SearchEngineApi>(
    adoptEarlyWorker() ??
      new Worker(new URL('./search-engine.worker.ts', import.meta.url), { type: 'module', name: 'search' }),
    // The worker's events: loading progress, and export progress.
    (event) => {
      if (typeof event === 'object' && event !== null && 'exportProgress' in event) {
        const exported = (event as { exportProgress: ExportProgress }).exportProgress;
        exportListeners.get(exported.job)?.(exported);
      } else setProgress(event as LoadProgress);
    },
  );
  return remote;
}

function setProgress(next: LoadProgress) {
  progress = next;
  for (const listener of listeners) listener();
}

/** Loading progress, for useSyncExternalStore. */
export const loadProgress = {
  get: (): LoadProgress | null => progress,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Opens the dataset: resolves once the index and the first shard are in; the rest keeps loading. */
export async function openDataset(): Promise<LoadProgress> {
  const result = await engine().open();
  if (!result.ok) throw fromErrorData(result.error);
  setProgress(result.progress);
  return result.progress;
}

export function searchAnnouncements(filters: Filters, limit: number, facetLimit: number) {
  return engine().search(filters, limit, facetLimit);
}

/** Starts the first answer of `filters`, which a click is about to ask for (a value pointed at or focused). */
export function prepareSearch(filters: Filters): void {
  void engine().prepare(filters);
}

export function countAnnouncements(filters: Filters) {
  return engine().total(filters);
}

export function resultRows(filters: Filters, offset: number, limit: number) {
  return engine().rows(filters, offset, limit);
}

export function matchingSnippets(q: string, ids: string[]) {
  return engine().snippets(q, ids);
}

export function findFacetValues(filters: Filters, key: FacetKey, text: string, limit: number) {
  return engine().findValues(filters, key, text, limit);
}

export function entityInfo(kind: FacetKey, id: string) {
  return engine().entity(kind, id);
}

export function relatedAnnouncements(id: string, limit: number) {
  return engine().related(id, limit);
}

/**
 * Every result of `filters` as a CSV or JSON Blob with the file name it should have, built in the worker
 * (the main thread only receives it); `onProgress` hears how far it is.
 */
export async function exportResults(
  filters: Filters,
  format: ExportFormat,
  onProgress: (progress: ExportProgress) => void,
): Promise<{ blob: Blob; fileName: string; count: number }> {
  const job = nextExportJob++;
  exportListeners.set(job, onProgress);
  try {
    return await engine().exportResults(filters, format, job);
  } finally {
    exportListeners.delete(job);
  }
}

/** Creates the worker, which starts loading the dataset at once. Idempotent. */
export function startSearchEngine(): void {
  engine();
}

/** Starts prefetching, while the page is idle, what its next query will likely need: call once the first results are on screen. */
export function loadRemainingShards(): void {
  void engine().loadRest();
}

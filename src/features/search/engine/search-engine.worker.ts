/// <reference lib="webworker" />
import { toErrorData, type DataErrorData } from '../../../data/data-errors';
import type { FacetKey, Filters } from '../filter-params';
import { openSearchIndex, type LoadProgress } from './load-dataset';
import { emit, expose } from './worker-rpc';
import { paths } from '../../../config/paths';
import { exportFileName, type ExportFormat } from '../export-format';
import { writeExport, type ExportProgress } from './export-results';
import type { EntityInfo, FacetValue, ResultRow, SearchIndex, SearchResult } from './search-index';

export type { LoadProgress };
export type OpenResult = { ok: true; progress: LoadProgress } | { ok: false; error: DataErrorData };

let index: SearchIndex | null = null;
let loadRest: (() => Promise<void>) | null = null;
let opening: Promise<OpenResult> | null = null;
/** A failed opening that the page has been told of: the next call tries again (Retry, or a retry). */
let failureTold = false;

async function open(): Promise<OpenResult> {
  try {
    const opened = await openSearchIndex({
      onProgress: (progress) => {
        emit(self, progress);
      },
    });
    index = opened.index;
    loadRest = opened.loadRest;
    // The page asks for the rest once its first results are on screen; at the latest, after 2 s.
    setTimeout(() => void opened.loadRest(), 2000);
    return { ok: true, progress: opened.progress };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

function requireIndex(): SearchIndex {
  if (!index) throw new Error('The search engine was asked before it was opened.');
  return index;
}

const api = {
  /**
   * Opens the dataset once; loading progress arrives as events. A failure is answered once (the one the
   * worker met while starting on its own included), and the call after it tries again.
   */
  async open(): Promise<OpenResult> {
    if (failureTold) {
      opening = null;
      failureTold = false;
    }
    opening ??= open();
    const result = await opening;
    if (!result.ok) failureTold = true;
    return result;
  },
  search(filters: Filters, limit: number, facetLimit: number): SearchResult {
    return requireIndex().search(filters, limit, facetLimit);
  },
  /** Loads the shards after the first; idempotent. */
  loadRest(): void {
    void loadRest?.();
  },
  rows(filters: Filters, offset: number, limit: number): ResultRow[] {
    return requireIndex().rows(filters, offset, limit);
  },
  findValues(filters: Filters, key: FacetKey, text: string, limit: number): FacetValue[] {
    return requireIndex().findValues(filters, key, text, limit);
  },
  entity(kind: FacetKey, id: string): EntityInfo | null {
    return requireIndex().entity(kind, id);
  },
  related(id: string, limit: number): ResultRow[] {
    return requireIndex().related(id, limit);
  },
  /**
   * Every result of `filters` as a CSV or JSON file: waits for the whole dataset, then writes it in
   * slices (other calls are answered in between), reporting `{ exportProgress }` events for `job`.
   */
  async exportResults(
    filters: Filters,
    format: ExportFormat,
    job: number,
  ): Promise<{ blob: Blob; fileName: string; count: number }> {
    requireIndex();
    await loadRest?.();
    const origin = self.location.origin;
    const cursor = requireIndex().exportCursor(filters, (id) => origin + paths.announcement.href(id));
    const blob = await writeExport(cursor, format, (done, total) => {
      emit(self, { exportProgress: { job, done, total } satisfies ExportProgress });
    });
    return { blob, fileName: exportFileName(filters, format), count: cursor.total };
  },
};

export type SearchEngineApi = typeof api;

// Start loading at once: the page starts the worker before its own script runs (public/start-worker.js, else
// src/app/start-search.ts before React), so the
// index and the first shard download while the page's own code is evaluated and rendered.
opening = open();

expose(api, self);

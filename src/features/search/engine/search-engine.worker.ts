/// <reference lib="webworker" />
import { toErrorData, type DataErrorData } from '../../../data/data-errors';
import type { FacetKey, Filters } from '../filter-params';
import { ChunkedSearchEngine, type ChunkedSearchResult } from './chunked-engine';
import type { LoadProgress } from './load-dataset';
import { emit, expose } from './worker-rpc';
import { paths } from '../../../config/paths';
import { exportFileName, type ExportFormat } from '../export-format';
import { writeExport, type ExportProgress } from './export-results';
import type { EntityInfo, FacetValue, ResultRow } from './search-index';

export type { LoadProgress };
export type OpenResult = { ok: true; progress: LoadProgress } | { ok: false; error: DataErrorData };

/** The chunked static index (decision 0009): each query fetches the chunks it needs. */
const engine = new ChunkedSearchEngine(undefined, undefined, (progress) => {
  // A deploy replaced the dataset: the page refreshes what it shows from the new build, and an opening
  // asked for from now on answers with it.
  opening = Promise.resolve({ ok: true, progress });
  emit(self, progress);
});
let opening: Promise<OpenResult> | null = null;
/** A failed opening that the page has been told of: the next call tries again (Retry, or a retry). */
let failureTold = false;

async function open(): Promise<OpenResult> {
  try {
    return { ok: true, progress: await engine.progress() };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

const api = {
  /**
   * Opens the dataset once (its manifest and first page). A failure is answered once (the one the worker
   * met while starting on its own included), and the call after it tries again.
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
  search(filters: Filters, limit: number, facetLimit: number): Promise<ChunkedSearchResult> {
    return engine.search(filters, limit, facetLimit);
  },
  /** Nothing is loaded in the background any more: kept so the page's call stays valid. */
  loadRest(): void {
    // The chunked index fetches on demand.
  },
  /** How many announcements match (the following page's counts). */
  async total(filters: Filters): Promise<number> {
    return (await engine.search(filters, 0, 0)).total;
  },
  rows(filters: Filters, offset: number, limit: number): Promise<ResultRow[]> {
    return engine.rows(filters, offset, limit);
  },
  /** The matching sentences of results the page shows (those the first answer did not hold). */
  snippets(q: string, ids: string[]): Promise<(string | null)[]> {
    return engine.snippets(q, ids);
  },
  findValues(filters: Filters, key: FacetKey, text: string, limit: number): Promise<FacetValue[]> {
    return engine.findValues(filters, key, text, limit);
  },
  entity(kind: FacetKey, id: string): Promise<EntityInfo | null> {
    return engine.entity(kind, id);
  },
  related(id: string, limit: number): Promise<ResultRow[]> {
    return engine.related(id, limit);
  },
  /**
   * Every result of `filters` as a CSV or JSON file, written in slices from the chunked index (other
   * calls are answered in between), reporting `{ exportProgress }` events for `job`.
   */
  async exportResults(
    filters: Filters,
    format: ExportFormat,
    job: number,
  ): Promise<{ blob: Blob; fileName: string; count: number }> {
    const origin = self.location.origin;
    const cursor = await engine.exportCursor(filters, (id) => origin + paths.announcement.href(id));
    const blob = await writeExport(cursor, format, (done, total) => {
      emit(self, { exportProgress: { job, done, total } satisfies ExportProgress });
    });
    return { blob, fileName: exportFileName(filters, format), count: cursor.total };
  },
};

export type SearchEngineApi = typeof api;

// Start opening at once: the page starts the worker before its own script runs (public/start-worker.js, else
// src/app/start-search.ts before React), so the manifest and the cold file download while the page's own
// code is evaluated and rendered.
opening = open();

expose(api, self);

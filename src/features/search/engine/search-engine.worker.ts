/// <reference lib="webworker" />
import { toErrorData, type DataErrorData } from '../../../data/data-errors';
import { parseFilters, serializeFilters, type FacetKey, type Filters } from '../filter-params';
import { ChunkedSearchEngine, type ChunkedSearchResult } from './chunked-engine';
import { FACET_VALUES_SHOWN, FIRST_PAGE_ROWS } from './first-page';
import type { LoadProgress } from './types';
import { emit, expose } from './worker-rpc';
import { paths } from '../../../config/paths';
import { exportFileName, type ExportFormat } from '../export-format';
import { writeExport, type ExportProgress } from './export-results';
import type { EntityInfo, FacetValue, ResultRow } from './types';

export type { LoadProgress };
export type OpenResult = { ok: true; progress: LoadProgress } | { ok: false; error: DataErrorData };

/** The chunked static index (decision 0009): each query fetches the chunks it needs. */
const engine = new ChunkedSearchEngine(undefined, undefined, (progress) => {
  // A deploy replaced the dataset: the page refreshes what it shows from the new build, and an opening
  // asked for from now on answers with it.
  opening = Promise.resolve({ ok: true, progress });
  warmed = null;
  prepared.clear();
  emit(self, progress);
});
/** The list's first answer, started from the page's URL before the page asked for it (`warm`). */
let warmed: { key: string; answer: Promise<ChunkedSearchResult> } | null = null;
/** First answers started while a person points at or focuses a facet value (`prepare`), newest last. */
const prepared = new Map<string, Promise<ChunkedSearchResult>>();
/** Prepared answers kept: moving down a list of values prepares one after another. */
const PREPARED_KEPT = 4;
const searchKey = (filters: Filters, limit: number, facetLimit: number) =>
  `${serializeFilters(filters)}|${limit}|${facetLimit}`;
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
    const key = searchKey(filters, limit, facetLimit);
    if (warmed?.key === key) {
      const { answer } = warmed;
      warmed = null;
      return answer;
    }
    const ready = prepared.get(key);
    if (ready) {
      prepared.delete(key);
      return ready;
    }
    return engine.search(filters, limit, facetLimit);
  },
  /**
   * Starts the first answer of `filters` before it is asked for: the page calls it when a person points at
   * or focuses a facet value, whose click would ask for it. The click's `search` takes that answer.
   */
  prepare(filters: Filters): void {
    const key = searchKey(filters, FIRST_PAGE_ROWS, FACET_VALUES_SHOWN);
    if (prepared.has(key) || warmed?.key === key) return;
    const answer = engine.search(filters, FIRST_PAGE_ROWS, FACET_VALUES_SHOWN);
    // A failure is met again, and shown, by the click's own query; a failed answer is not kept.
    answer.catch(() => prepared.get(key) === answer && prepared.delete(key));
    prepared.set(key, answer);
    for (const old of prepared.keys()) {
      if (prepared.size <= PREPARED_KEPT) break;
      prepared.delete(old);
    }
  },
  /**
   * Starts the list's first query for the page's URL (`search` is its query string) while the page's own
   * script still downloads: public/start-worker.js calls it. The page's identical `search` then takes this
   * answer. Only for the list (the app's base path), and only when the URL filters: the unfiltered first
   * page is the cold file's.
   */
  warm(path: string, search: string): void {
    if (path !== import.meta.env.BASE_URL) return;
    const { filters } = parseFilters(new URLSearchParams(search));
    if (serializeFilters(filters) === '') return;
    const answer = engine.search(filters, FIRST_PAGE_ROWS, FACET_VALUES_SHOWN);
    answer.catch(() => {
      // The page's own query meets the same failure and shows it; a failed warm-up is not kept.
      if (warmed?.answer === answer) warmed = null;
    });
    warmed = { key: searchKey(filters, FIRST_PAGE_ROWS, FACET_VALUES_SHOWN), answer };
  },
  /**
   * The page's first results are on screen: fetches, while it is idle, the chunks a click or a text
   * query will likely need (the dates, dictionaries, facet chunks in rank order), within a byte budget.
   */
  loadRest(): void {
    void engine.prefetch();
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

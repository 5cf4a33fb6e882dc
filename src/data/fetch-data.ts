import type { z } from 'zod';
import {
  announcementSchema,
  dataIndexSchema,
  datasetPointerSchema,
  personProfileSchema,
  slugSchema,
  type Announcement,
  type DataIndex,
  type PersonProfile,
} from './schema';
import { DataLoadError, isDataLoadError } from './data-errors';

/** Where the dataset lives: `data/` beside the app unless the build sets VITE_DATA_URL. */
export const DATA_URL: string = import.meta.env.VITE_DATA_URL ?? `${import.meta.env.BASE_URL}data/`;

const TIMEOUT_MS = 15_000;

/** The one file that names the current version of the dataset (docs/decisions/0014). */
const POINTER_FILE = 'current.json';

/** The page's (or worker's) address, against which DATA_URL is resolved. */
function baseHref(): string {
  return typeof location === 'undefined' ? 'http://localhost/' : location.href;
}

/** Something in the data that could not be used, said in words a person can act on. */
export interface DataProblem {
  file: string;
  message: string;
}

function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length - max;
  return parts.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

interface FetchOptions {
  signal?: AbortSignal;
  cache?: RequestCache;
  /** The folder the file is in: the current version's unless given (the pointer itself is read from the root). */
  base?: Promise<URL>;
}

/**
 * GETs one file of the dataset; a network failure, a timeout, a 404 or another HTTP error is a DataLoadError
 * that says so (transient where a retry may help).
 */
export async function fetchDataFile(
  file: string,
  { signal, cache, base = datasetBase() }: FetchOptions = {},
): Promise<Response> {
  const url = new URL(file, await base);
  // The pointer is the one file a new dataset replaces: always ask the server for the current one.
  const mode = cache ?? (file === POINTER_FILE ? 'no-cache' : undefined);
  let response: Response;
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      ...(mode ? { cache: mode } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    const message = timeout.aborted
      ? `no answer within ${TIMEOUT_MS / 1000} s`
      : 'the network request failed (offline?)';
    throw new DataLoadError(`Could not load ${file}: ${message}.`, file, 'network', true);
  }
  if (response.status === 404)
    throw new DataLoadError(`${file} does not exist (HTTP 404).`, file, 'not-found', false);
  if (!response.ok) {
    const transient = response.status >= 500 || response.status === 408 || response.status === 429;
    throw new DataLoadError(
      `Could not load ${file}: the server answered HTTP ${response.status}.`,
      file,
      'http',
      transient,
    );
  }
  return response;
}

/** A dataset file's JSON; a web page where JSON was expected (a host's SPA fallback) is a missing file. */
export async function fetchJson(file: string, options: FetchOptions = {}): Promise<unknown> {
  const text = await (await fetchDataFile(file, options)).text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // A static host's SPA fallback answers unknown paths with index.html: that is a missing file, not bad JSON.
    if (/^\s*</.test(text)) {
      throw new DataLoadError(
        `${file} does not exist (the server sent a web page).`,
        file,
        'not-found',
        false,
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataLoadError(`${file} is not valid JSON: ${detail}.`, file, 'format', false);
  }
}

let pointed: Promise<URL> | undefined;

/**
 * Where this page's (or worker's) dataset files are: the version folder `current.json` names, read once,
 * so everything a page reads comes from one version even if a new one is switched in meanwhile (the
 * previous version stays on the host). A dataset without `current.json` (written before versions) is
 * read from DATA_URL itself. A failure is not remembered, so the next read tries again.
 */
export function datasetBase(): Promise<URL> {
  if (pointed) return pointed;
  const reading = (async () => {
    const root = new URL(DATA_URL, baseHref());
    try {
      const pointer = parseOrThrow(
        datasetPointerSchema,
        await fetchJson(POINTER_FILE, { base: Promise.resolve(root) }),
        POINTER_FILE,
      );
      return new URL(`v/${pointer.version}/`, root);
    } catch (error) {
      if (isDataLoadError(error) && error.kind === 'not-found') return root;
      throw error;
    }
  })();
  pointed = reading;
  reading.catch(() => {
    if (pointed === reading) pointed = undefined;
  });
  return reading;
}

/** Forgets the version read, so the next request reads `current.json` again (tests; a reader reopening). */
export function forgetDatasetBase(): void {
  pointed = undefined;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DataLoadError(
      `${file} does not match the data format: ${describeIssues(result.error)}.`,
      file,
      'format',
      false,
    );
  }
  return result.data;
}

export async function fetchIndex(signal?: AbortSignal): Promise<DataIndex> {
  return parseOrThrow(dataIndexSchema, await fetchJson('index.json', { signal }), 'index.json');
}

export async function fetchAnnouncement(id: string, signal?: AbortSignal): Promise<Announcement> {
  const file = `announcements/${id}.json`;
  if (!slugSchema.safeParse(id).success) {
    throw new DataLoadError(`“${id.slice(0, 80)}” is not an announcement id.`, file, 'not-found', false);
  }
  const announcement = parseOrThrow(announcementSchema, await fetchJson(file, { signal }), file);
  if (announcement.id !== id) {
    throw new DataLoadError(
      `${file} holds the announcement “${announcement.id}”, not “${id}”.`,
      file,
      'format',
      false,
    );
  }
  return announcement;
}

export async function fetchPersonProfile(id: string, signal?: AbortSignal): Promise<PersonProfile> {
  const file = `people/${id}.json`;
  if (!slugSchema.safeParse(id).success) {
    throw new DataLoadError(`“${id.slice(0, 80)}” is not a person id.`, file, 'not-found', false);
  }
  return parseOrThrow(personProfileSchema, await fetchJson(file, { signal }), file);
}

import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetFiles, sampleBoard } from '../../../testing/announcement-factory';
import { openSearchIndex, type LoadProgress } from '../../filters/engine/load-dataset';
import { emptyFilters } from '../../filters/filter-params';
import { DataLoadError, isTransientError } from './data-errors';
import { fetchAnnouncement, fetchIndex, forgetDatasetBase } from './fetch-data';

/** Opens the dataset as the search worker does, and waits for every shard. */
async function loadAll() {
  let last: LoadProgress | undefined;
  const opened = await openSearchIndex({
    retryDelayMs: 1,
    onProgress: (progress) => {
      last = progress;
    },
  });
  await opened.loadRest();
  const progress = last ?? opened.progress;
  return { index: opened.index, progress, result: opened.index.search(emptyFilters, 1000, 1000) };
}

type Answer = unknown;

/** Stubs fetch with a table of data-relative paths; anything else is a 404. */
function stubFetch(files: ReadonlyMap<string, Answer>) {
  const fetchMock = vi.fn((input: URL | string) => {
    const path = String(input).replace(/^.*\/data\//, '');
    if (!files.has(path)) return Promise.resolve(new Response('not found', { status: 404 }));
    const answer = files.get(path);
    if (answer instanceof Error) return Promise.reject(answer);
    if (
      typeof answer === 'object' &&
      answer !== null &&
      'status' in answer &&
      typeof answer.status === 'number'
    ) {
      return Promise.resolve(new Response('failure', { status: answer.status }));
    }
    if (typeof answer === 'object' && answer !== null && 'raw' in answer && typeof answer.raw === 'string') {
      return Promise.resolve(new Response(answer.raw, { status: 200 }));
    }
    return Promise.resolve(Response.json(answer));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const signal = () => new AbortController().signal;

/** The fetches of dataset files, leaving out the read of the pointer (current.json). */
const fileCalls = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([url]) => !String(url).endsWith('/current.json'));

beforeEach(() => {
  forgetDatasetBase();
});

async function loadError(promise: Promise<unknown>): Promise<DataLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataLoadError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loading the dataset', () => {
  it('loads every shard, newest first, with facet dictionaries and search text', async () => {
    stubFetch(datasetFiles(sampleBoard, 2));
    const { index, progress, result } = await loadAll();
    expect(result.rows.map((s) => s.date)).toEqual(['2022-06-10', '2021-03-04', '2020-11-20', null]);
    expect(result.facets.country.values.map((v) => v.value).sort()).toEqual(['FR', 'TH', 'VN']);
    expect(result.rows[1]?.people[0]).toEqual({ id: 'alice-moreau', name: 'Alice Moreau' });
    expect(index.search({ ...emptyFilters, q: 'thailand bangkok' }, 10, 0).total).toBe(1);
    expect(progress).toMatchObject({ total: 4, loaded: 4, complete: true, problems: [] });
  });

  it('keeps valid items and names the bad and duplicate ones', async () => {
    const files = datasetFiles(sampleBoard);
    const shard = files.get('summaries/0000.json') as { items: unknown[] };
    const [first, second]: unknown[] = shard.items;
    files.set('summaries/0000.json', {
      items: [first, { ...(second as object), date: '2021-02-30' }, first, 'junk'],
    });
    stubFetch(files);
    const { result, progress } = await loadAll();
    expect(result.total).toBe(1);
    expect(progress.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /item 2 \(“minister-alice-moreau-meets-vietnamese-delegation”\) was skipped: date/,
      ),
      expect.stringMatching(/item 3 was skipped: the id .* is used twice/),
      expect.stringMatching(/item 4 was skipped/),
    ]);
  });

  it('reports a missing shard and still shows the others', async () => {
    const files = datasetFiles(sampleBoard, 2);
    files.delete('summaries/0001.json');
    stubFetch(files);
    const { result, progress } = await loadAll();
    expect(result.total).toBe(2);
    expect(progress.problems).toHaveLength(1);
    expect(progress.problems[0]?.file).toBe('summaries/0001.json');
    expect(progress.problems[0]?.message).toContain('does not exist');
  });

  it('retries a shard that fails for a moment, and names one that keeps failing', async () => {
    const files: Map<string, Answer> = datasetFiles(sampleBoard, 1);
    files.set('summaries/0002.json', { status: 503 });
    const fetchMock = stubFetch(files);
    const { result, progress } = await loadAll();
    expect(result.total).toBe(3);
    expect(progress.problems[0]?.message).toMatch(/summaries\/0002\.json.*HTTP 503/);
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('0002.json'))).toHaveLength(4);
  });

  it('names the file and the field when the index is malformed', async () => {
    const files: Map<string, Answer> = datasetFiles(sampleBoard);
    files.set('index.json', { raw: '{"schemaVersion": 1, "count": ' });
    stubFetch(files);
    const error = await loadError(loadAll());
    expect(error).toMatchObject({ kind: 'format', file: 'index.json', transient: false });
    expect(error.message).toMatch(/index\.json is not valid JSON/);

    files.set('index.json', { schemaVersion: 1, count: 'many', people: [], events: [], shards: [] });
    const mistyped = await loadError(loadAll());
    expect(mistyped.message).toMatch(/index\.json does not match the data format: count:/);
  });

  it('tells transient failures (retry) from permanent ones', async () => {
    stubFetch(new Map([['index.json', { status: 503 }]]));
    expect(isTransientError(await loadError(loadAll()))).toBe(true);

    stubFetch(new Map([['index.json', new TypeError('Failed to fetch')]]));
    expect(await loadError(loadAll())).toMatchObject({ kind: 'network', transient: true });

    stubFetch(new Map());
    expect(isTransientError(await loadError(loadAll()))).toBe(false);
  });

  it('treats the SPA fallback page as a missing file, not as broken JSON', async () => {
    stubFetch(new Map([['index.json', { raw: '<!doctype html><html></html>' }]]));
    expect(await loadError(loadAll())).toMatchObject({ kind: 'not-found' });
  });

  it('never throws anything but a DataLoadError, whatever the files hold', async () => {
    const good = datasetFiles(sampleBoard, 2);
    const paths = [...good.keys()].filter((p) => !p.startsWith('announcements/'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.anything(), async (path, junk) => {
        const files: Map<string, Answer> = new Map(good);
        files.set(path, junk);
        stubFetch(files);
        try {
          const { result } = await loadAll();
          expect(result.total).toBeLessThanOrEqual(sampleBoard.length);
        } catch (error) {
          expect(error).toBeInstanceOf(DataLoadError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the dataset pointer (current.json)', () => {
  const VERSION = '0123456789abcdef';
  const versioned = (files: ReadonlyMap<string, Answer>, pointer: Answer) =>
    new Map<string, Answer>([
      ['current.json', pointer],
      ...[...files].map(([path, value]): [string, Answer] => [`v/${VERSION}/${path}`, value]),
    ]);

  it('reads every file from the version it names, and reads it once', async () => {
    const fetchMock = stubFetch(
      versioned(datasetFiles(sampleBoard, 2), { schemaVersion: 1, version: VERSION, previous: null }),
    );
    const { result, progress } = await loadAll();
    expect(result.total).toBe(4);
    expect(progress.problems).toEqual([]);
    await expect(fetchAnnouncement(sampleBoard[0]!.id, signal())).resolves.toEqual(sampleBoard[0]);
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls.filter((url) => url.endsWith('/current.json'))).toHaveLength(1);
    expect(
      urls
        .filter((url) => !url.endsWith('/current.json'))
        .every((url) => url.includes(`/data/v/${VERSION}/`)),
    ).toBe(true);
    // Asked with no-cache: a new version is switched in by replacing this one file.
    const pointerCall: unknown[] | undefined = fetchMock.mock.calls.find(([url]) =>
      String(url).endsWith('/current.json'),
    );
    expect(pointerCall?.[1]).toMatchObject({ cache: 'no-cache' });
  });

  it('reads a dataset without one (written before versions) from the data folder itself', async () => {
    stubFetch(datasetFiles(sampleBoard));
    await expect(fetchIndex(signal())).resolves.toMatchObject({ count: sampleBoard.length });
  });

  it('names a malformed pointer, and reads it again on the next try', async () => {
    stubFetch(versioned(datasetFiles(sampleBoard), { schemaVersion: 1, version: '../x', previous: null }));
    expect(await loadError(fetchIndex(signal()))).toMatchObject({ file: 'current.json', kind: 'format' });
    stubFetch(versioned(datasetFiles(sampleBoard), { schemaVersion: 1, version: VERSION, previous: null }));
    await expect(fetchIndex(signal())).resolves.toMatchObject({ count: sampleBoard.length });
  });
});

describe('fetchAnnouncement', () => {
  const announcement = sampleBoard[0]!;

  it('loads and validates one announcement', async () => {
    stubFetch(datasetFiles(sampleBoard));
    await expect(fetchAnnouncement(announcement.id, signal())).resolves.toEqual(announcement);
  });

  it('answers not-found for unknown or malformed ids without fetching them', async () => {
    const fetchMock = stubFetch(datasetFiles(sampleBoard));
    expect(await loadError(fetchAnnouncement('no-such-id', signal()))).toMatchObject({ kind: 'not-found' });
    expect(await loadError(fetchAnnouncement('../index', signal()))).toMatchObject({ kind: 'not-found' });
    expect(fileCalls(fetchMock)).toHaveLength(1);
  });

  it('rejects a file that holds another announcement', async () => {
    const files = datasetFiles(sampleBoard);
    files.set(`announcements/${announcement.id}.json`, sampleBoard[1]);
    stubFetch(files);
    expect(await loadError(fetchAnnouncement(announcement.id, signal()))).toMatchObject({ kind: 'format' });
  });
});

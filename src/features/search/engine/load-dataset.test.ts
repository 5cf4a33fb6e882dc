import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetFiles, sampleBoard } from '../../../testing/announcement-factory';
import { openSearchIndex, type LoadProgress } from './load-dataset';
import { emptyFilters } from '../filter-params';
import { DataLoadError, isTransientError } from '../../../data/data-errors';
import { forgetDatasetBase } from '../../../data/fetch-data';
import { loadError, stubFetch, type Answer } from '../../../testing/stub-fetch';

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

beforeEach(() => {
  forgetDatasetBase();
});

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

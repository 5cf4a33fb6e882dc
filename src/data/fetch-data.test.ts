import { beforeEach, describe, expect, it } from 'vitest';
import { datasetFiles, sampleBoard } from '../testing/announcement-factory';
import { loadError, stubFetch } from '../testing/stub-fetch';
import { fetchAnnouncement, fetchIndex, forgetDatasetBase } from './fetch-data';

const signal = () => new AbortController().signal;

/** The fetches of dataset files, leaving out the read of the pointer (current.json). */
const fileCalls = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([url]) => !String(url).endsWith('/current.json'));

beforeEach(() => {
  forgetDatasetBase();
});

describe('the dataset pointer (current.json)', () => {
  const VERSION = '0123456789abcdef';
  const versioned = (files: ReadonlyMap<string, unknown>, pointer: unknown) =>
    new Map<string, unknown>([
      ['current.json', pointer],
      ...[...files].map(([path, value]): [string, unknown] => [`v/${VERSION}/${path}`, value]),
    ]);

  it('reads every file from the version it names, and reads it once', async () => {
    const fetchMock = stubFetch(
      versioned(datasetFiles(sampleBoard, 2), { schemaVersion: 1, version: VERSION, previous: null }),
    );
    await expect(fetchIndex(signal())).resolves.toMatchObject({ count: sampleBoard.length });
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

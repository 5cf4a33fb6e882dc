import { describe, expect, it } from 'vitest';
import { datasetFiles, sampleBoard } from '../testing/announcement-factory';
import { loadError, stubFetch } from '../testing/stub-fetch';
import { fetchAnnouncement } from './fetch-data';

const signal = () => new AbortController().signal;

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
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('rejects a file that holds another announcement', async () => {
    const files = datasetFiles(sampleBoard);
    files.set(`announcements/${announcement.id}.json`, sampleBoard[1]);
    stubFetch(files);
    expect(await loadError(fetchAnnouncement(announcement.id, signal()))).toMatchObject({ kind: 'format' });
  });
});

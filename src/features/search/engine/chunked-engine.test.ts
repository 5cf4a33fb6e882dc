import { describe, expect, it } from 'vitest';
import { INDEX_DIR, MANIFEST_FILE } from '../../../data/search-index/index-files';
import type { Announcement } from '../../../data/schema';
import {
  datasetFiles,
  makeAnnouncement,
  makeOrganization,
  makePerson,
} from '../../../testing/announcement-factory';
import type { IndexSource } from '../chunked-index/chunk-store';
import { emptyFilters } from '../filter-params';
import { ChunkedSearchEngine, readAnnouncementFacts, type AnnouncementFacts } from './chunked-engine';

/** The chunked index of `announcements` served from memory, as the worker reads it over HTTP. */
function sourceOf(announcements: readonly Announcement[]): IndexSource {
  const files = datasetFiles(announcements);
  return {
    fetchManifest: () =>
      Promise.resolve(
        JSON.parse(new TextDecoder().decode(files.get(`${INDEX_DIR}/${MANIFEST_FILE}`) as Uint8Array)),
      ),
    fetchChunk: (name) => {
      const bytes = files.get(`${INDEX_DIR}/chunks/${name}`);
      return bytes instanceof Uint8Array ? Promise.resolve(bytes) : Promise.reject(new Error('HTTP 404'));
    },
  };
}

/** The announcement files as the engine reads them. */
function factsOf(announcements: readonly Announcement[]): (id: string) => Promise<AnnouncementFacts> {
  const byId = new Map(announcements.map((a) => [a.id, a]));
  return (id) => {
    const found = byId.get(id);
    return found ? Promise.resolve(readAnnouncementFacts(found)) : Promise.reject(new Error('HTTP 404'));
  };
}

describe('related announcements', () => {
  const unesco = makeOrganization('UNESCO');
  const board = [
    makeAnnouncement({ title: 'UNESCO science prize', date: '2021-01-03', organizations: [unesco] }),
    makeAnnouncement({ title: 'UNESCO water forum', date: '2021-01-02', organizations: [unesco] }),
    makeAnnouncement({
      title: 'Budget talks',
      date: '2021-01-01',
      people: [makePerson('Alice Moreau', 'FR')],
    }),
  ];

  it('counts shared organisations', async () => {
    const engine = new ChunkedSearchEngine(sourceOf(board), factsOf(board));
    const related = await engine.related(board[0]!.id, 5);
    expect(related.map((row) => row.id)).toEqual([board[1]!.id]);
  });

  it('reads organisations given as bare names by the id the ingest gives them', () => {
    const facts = readAnnouncementFacts({
      paragraphs: ['Text.'],
      people: [{ id: 'wang-zhigang', name: 'Wang Zhigang' }],
      countries: ['CN'],
      events: [],
      organizations: ['Ministry of Science and Technology (MOST)', { id: 'unesco', name: 'UNESCO' }, 7],
    });
    expect(facts.organizations).toEqual(['ministry-of-science-and-technology-most', 'unesco']);
    expect(facts.people).toEqual(['wang-zhigang']);
  });
});

describe('the engine over an empty query', () => {
  it('answers the first page from the index', async () => {
    const board = [makeAnnouncement({ title: 'Only one' })];
    const engine = new ChunkedSearchEngine(sourceOf(board), factsOf(board));
    const result = await engine.search(emptyFilters, 10, 10);
    expect(result.rows.map((row) => row.id)).toEqual([board[0]!.id]);
  });
});

import { describe, expect, it, vi } from 'vitest';
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
import {
  ChunkedSearchEngine,
  FIRST_SNIPPETS,
  readAnnouncementFacts,
  SENTENCE_WAIT_MS,
  SupersededError,
  type AnnouncementFacts,
} from './chunked-engine';

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

describe('matching sentences', () => {
  const board = Array.from({ length: 130 }, (_, i) =>
    makeAnnouncement({
      title: `Report ${i}`,
      date: `2021-01-${String((i % 28) + 1).padStart(2, '0')}`,
      paragraphs: ['Opening remarks were made by the hosts.', `Mr. Lee opened vaccine centre ${i}.`],
    }),
  );
  const filters = { ...emptyFilters, q: 'vaccine' };

  /** The engine over the board, counting announcement reads and holding them until released. */
  function engineWithReads() {
    const reads: { id: string; signal: AbortSignal | undefined }[] = [];
    const facts = factsOf(board);
    let release: () => void = () => undefined;
    let gate: Promise<void> | null = null;
    const engine = new ChunkedSearchEngine(sourceOf(board), async (id, signal) => {
      reads.push({ id, signal });
      if (gate) await gate;
      return facts(id);
    });
    return {
      engine,
      reads,
      hold: () => {
        gate = new Promise((resolve) => (release = resolve));
      },
      release: () => {
        gate = null;
        release();
      },
    };
  }

  it('come with the first screenful only; the rest are asked for as they show, on later pages too', async () => {
    const { engine, reads } = engineWithReads();
    const result = await engine.search(filters, 100, 10);
    expect(result.rows).toHaveLength(100);
    expect(result.snippetRows).toBe(FIRST_SNIPPETS);
    expect(reads).toHaveLength(FIRST_SNIPPETS);
    expect(result.rows[0]?.snippet).toMatch(/^Mr\. Lee opened vaccine centre \d+\.$/);
    expect(result.rows[FIRST_SNIPPETS]?.snippet).toBe('Opening remarks were made by the hosts.');

    const later = await engine.rows(filters, 100, 30);
    const sentences = await engine.snippets(
      filters.q,
      later.map((row) => row.id),
    );
    later.forEach((row, i) => {
      expect(sentences[i]).toBe(`Mr. Lee opened vaccine centre ${row.title.replace('Report ', '')}.`);
    });
  });

  it('of a superseded search are aborted: its answer keeps first sentences, a batch for it rejects', async () => {
    const { engine, reads, hold, release } = engineWithReads();
    hold();
    const old = engine.search(filters, 100, 10);
    await vi.waitFor(() => {
      expect(reads).toHaveLength(FIRST_SNIPPETS);
    });
    const batch = engine.snippets(filters.q, ['report-3']);
    const newer = engine.search({ ...filters, q: 'remarks' }, 100, 10);
    expect(reads.slice(0, FIRST_SNIPPETS + 1).every((read) => read.signal?.aborted)).toBe(true);
    release();
    const superseded = await old;
    expect(superseded.snippetRows).toBe(0);
    expect(superseded.rows[0]?.snippet).toBe('Opening remarks were made by the hosts.');
    await expect(batch).rejects.toBeInstanceOf(SupersededError);
    expect((await newer).snippetRows).toBe(FIRST_SNIPPETS);
  });

  it('are not waited for when slow: the answer comes without them, and asking for them takes the reads under way', async () => {
    const { engine, reads, hold, release } = engineWithReads();
    hold();
    const started = performance.now();
    const result = await engine.search(filters, 100, 10);
    expect(performance.now() - started).toBeLessThan(SENTENCE_WAIT_MS + 1000);
    expect(result.snippetRows).toBe(0);
    expect(result.rows[0]?.snippet).toBe('Opening remarks were made by the hosts.');
    expect(reads).toHaveLength(FIRST_SNIPPETS);
    const shown = result.rows.slice(0, FIRST_SNIPPETS).map((row) => row.id);
    const asked = engine.snippets(filters.q, shown);
    release();
    const sentences = await asked;
    expect(reads).toHaveLength(FIRST_SNIPPETS);
    result.rows.slice(0, FIRST_SNIPPETS).forEach((row, i) => {
      expect(sentences[i]).toBe(`Mr. Lee opened vaccine centre ${row.title.replace('Report ', '')}.`);
    });
  });

  it('are not read for a count or a query without words', async () => {
    const { engine, reads } = engineWithReads();
    await engine.search(filters, 0, 0);
    await engine.search({ ...filters, q: '-vaccine' }, 100, 10);
    expect(reads).toHaveLength(0);
  });
});

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

describe('relevance', () => {
  it('weighs a title match above the same match in the body', async () => {
    const board = [
      makeAnnouncement({ title: 'Talks open', date: '2021-02-01', paragraphs: ['Expo went well.'] }),
      makeAnnouncement({ title: 'Expo opens', date: '2021-01-01', paragraphs: ['Talks went well.'] }),
    ];
    const engine = new ChunkedSearchEngine(sourceOf(board), factsOf(board));
    const result = await engine.search({ ...emptyFilters, q: 'expo', sort: 'relevance' }, 10, 0);
    expect(result.rows.map((row) => row.title)).toEqual(['Expo opens', 'Talks open']);
  });
});

describe('prefetching while the page is idle', () => {
  it('never fails, even when the dataset cannot be opened, and the next query still tries', async () => {
    let reachable = false;
    const board = [makeAnnouncement({ title: 'One', countries: ['CN'] })];
    const source = sourceOf(board);
    const engine = new ChunkedSearchEngine({
      fetchManifest: () => (reachable ? source.fetchManifest() : Promise.reject(new Error('offline'))),
      fetchChunk: source.fetchChunk,
    });
    await expect(engine.prefetch()).resolves.toBeUndefined();
    reachable = true;
    await engine.prefetch();
    const result = await engine.search({ ...emptyFilters, country: ['CN'] }, 20, 10);
    expect(result.total).toBe(1);
  });
});

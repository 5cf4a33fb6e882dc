import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../ingest/build-dataset';
import type { Announcement } from '../../../data/schema';
import { INDEX_DIR, MANIFEST_FILE } from '../../../data/search-index/index-files';
import {
  makeAnnouncement,
  makeOrganization,
  makePerson,
  sampleBoard,
} from '../../../testing/announcement-factory';
import type { IndexSource } from '../chunked-index/chunk-store';
import { emptyFilters, type Filters } from '../filter-params';
import { ChunkedSearchEngine, type AnnouncementFacts } from './chunked-engine';
import { writeExport } from './export-results';

/** The chunked index the ingest writes for `announcements`, served from memory; `fetched` counts chunk GETs. */
function engineOf(announcements: readonly Announcement[], rowsPerChunk?: number) {
  // The ingest's own index writer, with smaller row chunks where a test needs many of them.
  const files = new Map<string, Uint8Array>();
  for (const [path, value] of buildDataset(announcements, undefined, undefined, { rowsPerChunk }))
    if (value instanceof Uint8Array) files.set(path, value);
  const fetched: string[] = [];
  const source: IndexSource = {
    fetchManifest: () => {
      const bytes = files.get(`${INDEX_DIR}/${MANIFEST_FILE}`);
      return bytes
        ? Promise.resolve(JSON.parse(new TextDecoder().decode(bytes)) as unknown)
        : Promise.reject(new Error('HTTP 404'));
    },
    fetchChunk: (name) => {
      fetched.push(name);
      const bytes = files.get(`${INDEX_DIR}/chunks/${name}`);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error('HTTP 404'));
    },
  };
  const byId = new Map(announcements.map((a) => [a.id, a]));
  const facts = (id: string): Promise<AnnouncementFacts> => {
    const a = byId.get(id);
    return a
      ? Promise.resolve({
          paragraphs: a.paragraphs,
          people: a.people.map((p) => p.id),
          countries: a.countries,
          events: a.events.map((e) => e.id),
          organizations: a.organizations.map((o) => o.id),
        })
      : Promise.reject(new Error('HTTP 404'));
  };
  // A cache of a few row chunks, as 100,000 results' rows would overflow the real one.
  const cacheBytes = rowsPerChunk ? 24 * 1024 : undefined;
  return {
    engine: new ChunkedSearchEngine(source, facts, undefined, cacheBytes ? { cacheBytes } : {}),
    fetched,
  };
}

const url = (id: string) => `https://reader.example/announcements/${id}`;

async function exported(engine: ChunkedSearchEngine, filters: Filters, slice?: number) {
  const blob = await writeExport(await engine.exportCursor(filters, url), 'json', () => undefined, slice);
  return JSON.parse(await blob.text()) as { id: string; title: string; organizations: string[] }[];
}

describe('writeExport over the chunked index', () => {
  it('exports every match in list order, named, in slices, with progress', async () => {
    const { engine } = engineOf(sampleBoard);
    const seen: [number, number][] = [];
    const blob = await writeExport(
      await engine.exportCursor({ ...emptyFilters, country: ['FR'] }, url),
      'json',
      (done, total) => seen.push([done, total]),
      1,
    );
    expect(blob.type).toBe('application/json;charset=utf-8');
    const records = JSON.parse(await blob.text()) as Record<string, unknown>[];
    expect(records.map((r) => r.title)).toEqual([
      'Minister Alice Moreau Meets Vietnamese Delegation',
      'Thai and French Researchers Sign Agreement',
    ]);
    expect(records[0]).toEqual({
      id: sampleBoard[0]?.id,
      date: '2021-03-04',
      title: 'Minister Alice Moreau Meets Vietnamese Delegation',
      people: ['Alice Moreau', 'Nguyen Van An'],
      countries: ['FR', 'VN'],
      events: ['3rd Mekong Innovation Expo'],
      // Names, not the ids the summaries and the facet use.
      organizations: ['UNESCO'],
      url: `https://reader.example/announcements/${sampleBoard[0]?.id ?? ''}`,
    });
    expect(seen).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('writes CSV a spreadsheet reads: BOM, CRLF, organisation names, formulas neutralised', async () => {
    const { engine } = engineOf([
      makeAnnouncement({
        title: '@Minister Opens "Week", Hanoi',
        organizations: [makeOrganization('Ministry of Science'), makeOrganization('=Board')],
        people: [makePerson('Émile Zola-Dupont', 'FR')],
        countries: ['VN'],
      }),
    ]);
    const blob = await writeExport(await engine.exportCursor(emptyFilters, url), 'csv', () => undefined);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(text).toBe(
      '\uFEFFid,date,title,people,countries,events,organizations,url\r\n' +
        `minister-opens-week-hanoi,2020-01-01,"'@Minister Opens ""Week"", Hanoi",Émile Zola-Dupont,VN,,Ministry of Science; =Board,${url('minister-opens-week-hanoi')}\r\n`,
    );
  });

  it('is not changed by queries asked while it is written', async () => {
    const { engine } = engineOf(sampleBoard);
    const cursor = await engine.exportCursor({ ...emptyFilters, country: ['TH'] }, url);
    const first = await cursor.next(1);
    await engine.search({ ...emptyFilters, country: ['VN'] }, 10, 10);
    expect([...first, ...(await cursor.next(10))].map((r) => r.countries)).toEqual([
      ['TH', 'VN'],
      ['FR', 'TH'],
    ]);
    expect(await cursor.next(10)).toEqual([]);
  });

  // Many rows over many chunks: each order gives what the list shows, and reads each row chunk once.
  const many = Array.from({ length: 700 }, (_, i) =>
    makeAnnouncement({
      title: `Export item ${i}${i % 3 ? '' : ' expo expo'}${i % 7 ? '' : ' expo'}`,
      date: i % 50 === 49 ? null : `20${String(10 + (i % 10))}-0${(i % 9) + 1}-1${i % 10}`,
      countries: i % 2 ? ['KH'] : ['KH', 'TH'],
    }),
  );

  // Oldest first walks the dated back to the start, then the undated on from where the dated end: the
  // chunk where they meet may be read again.
  it.each([
    ['newest', { ...emptyFilters, country: ['KH'] }, 0],
    ['oldest', { ...emptyFilters, country: ['KH'], sort: 'oldest' as const }, 1],
    ['relevance', { ...emptyFilters, q: 'expo', sort: 'relevance' as const }, 0],
  ])('exports all results in %s order, reading row chunks once', async (_, filters, again) => {
    const { engine, fetched } = engineOf(many, 16);
    const total = (await engine.search(filters, 0, 0)).total;
    const listed = (await engine.rows(filters, 0, total)).map((row) => row.id);
    expect(listed.length).toBeGreaterThan(200);
    fetched.length = 0;
    const records = await exported(engine, filters, 50);
    expect(records.map((r) => r.id)).toEqual(listed);
    const rowChunks = fetched.filter((name) => name.startsWith('rows'));
    expect(rowChunks.length - new Set(rowChunks).size).toBeLessThanOrEqual(again);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDataset, toSummary } from '../../../../ingest/build-dataset';
import type { DataIndex } from '../../../data/schema';
import { makeAnnouncement, sampleBoard } from '../../../testing/announcement-factory';
import { emptyFilters } from '../filter-params';
import { SearchIndex } from './search-index';
import { writeExport } from './export-results';

function indexOf(announcements = sampleBoard): SearchIndex {
  const { people, events } = buildDataset(announcements).get('index.json') as DataIndex;
  const index = new SearchIndex(people, events);
  index.add(announcements.map(toSummary));
  return index;
}

const url = (id: string) => `https://reader.example/announcements/${id}`;

describe('writeExport', () => {
  it('exports every match in list order, named, in slices, with progress', async () => {
    const index = indexOf();
    const seen: [number, number][] = [];
    const blob = await writeExport(
      index.exportCursor({ ...emptyFilters, country: ['FR'] }, url),
      'json',
      (done, total) => seen.push([done, total]),
      1,
    );
    expect(blob.type).toBe('application/json;charset=utf-8');
    const records = JSON.parse(await blob.text()) as { title: string; people: string[]; url: string }[];
    expect(records.map((r) => r.title)).toEqual([
      'Minister Alice Moreau Meets Vietnamese Delegation',
      'Thai and French Researchers Sign Agreement',
    ]);
    expect(records[0]?.people).toEqual(['Alice Moreau', 'Nguyen Van An']);
    expect(records[0]?.url).toBe(`https://reader.example/announcements/${sampleBoard[0]?.id ?? ''}`);
    expect(seen).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('writes CSV a spreadsheet reads: BOM, CRLF, organisations, formulas neutralised', async () => {
    const index = indexOf([
      makeAnnouncement({
        title: '@Minister Opens "Week", Hanoi',
        organizations: ['Ministry of Science', '=Board'],
        countries: ['VN'],
      }),
    ]);
    const blob = await writeExport(index.exportCursor(emptyFilters, url), 'csv', () => undefined);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(text).toBe(
      '\uFEFFid,date,title,people,countries,events,organizations,url\r\n' +
        `minister-opens-week-hanoi,2020-01-01,"'@Minister Opens ""Week"", Hanoi",,VN,,Ministry of Science; =Board,${url('minister-opens-week-hanoi')}\r\n`,
    );
  });

  it('is not changed by queries asked while it is written', () => {
    const index = indexOf();
    const cursor = index.exportCursor({ ...emptyFilters, country: ['TH'] }, url);
    const first = cursor.next(1);
    index.search({ ...emptyFilters, country: ['VN'] }, 10, 10);
    expect([...first, ...cursor.next(10)].map((r) => r.countries)).toEqual([
      ['TH', 'VN'],
      ['FR', 'TH'],
    ]);
  });
});

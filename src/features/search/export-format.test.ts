import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from './filter-params';
import {
  MAX_FILE_NAME_LENGTH,
  exportFileName,
  exportWriters,
  type ExportFormat,
  type ExportRecord,
} from './export-format';

const record = (overrides: Partial<ExportRecord> = {}): ExportRecord => ({
  id: 'a-1',
  date: '2017-09-12',
  title: 'Minister Meets Delegation',
  people: ['Wang Zhigang', 'Tung Ciny'],
  countries: ['CN', 'KH'],
  events: ['14th China-ASEAN Expo'],
  organizations: [],
  url: 'https://example.org/announcements/a-1',
  ...overrides,
});

function file(format: ExportFormat, slices: ExportRecord[][]): string {
  const writer = exportWriters[format];
  return writer.start + slices.map((s, i) => writer.records(s, i === 0)).join('') + writer.end;
}

describe('CSV export', () => {
  it('starts with a BOM and the header, one CRLF record per announcement, lists joined with "; "', () => {
    expect(file('csv', [[record()], [record({ id: 'a-2', date: null, people: [] })]])).toBe(
      '\uFEFFid,date,title,people,countries,events,organizations,url\r\n' +
        'a-1,2017-09-12,Minister Meets Delegation,Wang Zhigang; Tung Ciny,CN; KH,14th China-ASEAN Expo,,https://example.org/announcements/a-1\r\n' +
        'a-2,,Minister Meets Delegation,,CN; KH,14th China-ASEAN Expo,,https://example.org/announcements/a-1\r\n',
    );
  });

  it('quotes and neutralises titles and names', () => {
    const text = file('csv', [[record({ title: '=cmd|" /C calc"!A0', people: ['-Dash, Jr'] })]]);
    expect(text).toContain(`"'=cmd|"" /C calc""!A0","'-Dash, Jr"`);
  });

  it('writes nothing but the header for no results', () => {
    expect(file('csv', [])).toBe('\uFEFFid,date,title,people,countries,events,organizations,url\r\n');
  });
});

describe('JSON export', () => {
  it('is one array of the records across slices, values as they are', () => {
    const records = [record(), record({ id: 'a-2', title: '=1+1' }), record({ id: 'a-3' })];
    const text = file('json', [records.slice(0, 2), records.slice(2)]);
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(JSON.parse(text)).toEqual(records);
    expect(JSON.parse(file('json', []))).toEqual([]);
  });
});

describe('exportFileName', () => {
  const name = (filters: Partial<Filters>, format: ExportFormat = 'csv') =>
    exportFileName({ ...emptyFilters, ...filters }, format);

  it('names what was filtered', () => {
    expect(name({})).toBe('announcements.csv');
    expect(name({ country: ['KH'] })).toBe('announcements-country-KH.csv');
    expect(name({ country: ['TH', 'KH'], person: ['wang-zhigang'] }, 'json')).toBe(
      'announcements-person-wang-zhigang-country-KH-TH.json',
    );
    expect(name({ q: 'Ça «marche» / Hà Nội', from: '2017-01-01', to: '2017-12-31' })).toBe(
      'announcements-search-ca-marche-ha-noi-from-2017-01-01-to-2017-12-31.csv',
    );
  });

  it('bounds the length, and two long filter sets still get two names', () => {
    const many = Array.from({ length: 30 }, (_, i) => `person-number-${i}`);
    const a = name({ person: many });
    const b = name({ person: [...many.slice(0, 29), 'someone-else'] });
    expect(a.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH + '.csv'.length);
    expect(a).toMatch(/^announcements-person-person-number-0-.*-[0-9a-f]{8}\.csv$/);
    expect(a).not.toBe(b);
  });

  it('keeps only letters, digits and dashes', () => {
    expect(name({ q: '../../etc/passwd; rm -rf' })).toBe('announcements-search-etc-passwd-rm-rf.csv');
    expect(name({ q: '\u202e\u0000' })).toBe('announcements.csv');
  });
});

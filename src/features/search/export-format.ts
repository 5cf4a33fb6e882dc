import { UTF8_BOM, csvRecord } from '../../lib/csv';
import { serializeFilters, type Filters } from './filter-params';
import { withoutMarks } from '../../lib/text';

export type ExportFormat = 'csv' | 'json';

/** One exported announcement: people and events by name, several values as lists. */
export interface ExportRecord {
  id: string;
  date: string | null;
  title: string;
  people: string[];
  countries: string[];
  events: string[];
  organizations: string[];
  /** The absolute URL of the announcement's page. */
  url: string;
}

export const EXPORT_COLUMNS = [
  'id',
  'date',
  'title',
  'people',
  'countries',
  'events',
  'organizations',
  'url',
] as const satisfies readonly (keyof ExportRecord)[];

/** How several values share one CSV cell. */
export const LIST_SEPARATOR = '; ';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * The pieces of an export file, written a slice of records at a time so a large export is built without
 * one huge string: `start`, then `records` for each slice (`first` for the first), then `end`. CSV starts
 * with a BOM (see UTF8_BOM) and the header; JSON is an array of records, without BOM (RFC 8259), and is
 * not neutralised (no spreadsheet evaluates it).
 */
export const exportWriters: Record<
  ExportFormat,
  { start: string; records: (records: readonly ExportRecord[], first: boolean) => string; end: string }
> = {
  csv: {
    start: UTF8_BOM + csvRecord(EXPORT_COLUMNS),
    records: (records) =>
      records
        .map((record) =>
          csvRecord(
            EXPORT_COLUMNS.map((column) => {
              const value = record[column];
              return Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value ?? '');
            }),
          ),
        )
        .join(''),
    end: '',
  },
  json: {
    start: '[',
    records: (records, first) =>
      records.map((record, i) => `${first && i === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`).join(''),
    end: '\n]\n',
  },
};

/** Longest file name before the extension; long enough to read, short for every file system. */
export const MAX_FILE_NAME_LENGTH = 100;

/** Filter keys that change the order, not what is exported: left out of the name. */
const ORDER_ONLY_KEYS = new Set(['sort']);
const NAME_FOR_KEY: Record<string, string> = { q: 'search' };

/** Letters and digits of `text` with dashes between runs, accents folded; `keepCase` for country codes. */
function fileSlug(text: string, keepCase: boolean): string {
  const ascii = withoutMarks(text);
  return (keepCase ? ascii : ascii.toLowerCase()).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** FNV-1a of `text`, 8 hex digits: tells apart two long filter sets cut to the same name. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * A file name that says what was filtered: `announcements-country-KH-TH-search-china-asean.csv`, each
 * filter of the URL in its canonical order (its key, then its values), the search text slugified. A name
 * longer than MAX_FILE_NAME_LENGTH is cut at a dash and ends with a hash of the whole filter set.
 */
export function exportFileName(filters: Filters, format: ExportFormat): string {
  const groups = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(serializeFilters(filters))) {
    if (ORDER_ONLY_KEYS.has(key)) continue;
    const slug = fileSlug(value, key.includes('country'));
    if (slug) groups.set(key, [...(groups.get(key) ?? []), slug]);
  }
  const parts = ['announcements'];
  for (const [key, values] of groups) parts.push(fileSlug(NAME_FOR_KEY[key] ?? key, false), ...values);
  let name = parts.join('-');
  if (name.length > MAX_FILE_NAME_LENGTH) {
    const hash = shortHash(serializeFilters(filters));
    const room = MAX_FILE_NAME_LENGTH - hash.length - 1;
    const cut = name.slice(0, room + 1);
    const dash = cut.lastIndexOf('-');
    name = `${(dash > 0 ? cut.slice(0, dash) : name.slice(0, room)).replace(/-+$/, '')}-${hash}`;
  }
  return `${name}.${format}`;
}

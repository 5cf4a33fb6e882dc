import {
  SCHEMA_VERSION,
  type Announcement,
  type DataIndex,
  type IndexEvent,
  type IndexPerson,
  type PersonProfile,
  type Summary,
} from '../src/data/schema';
import { slugify } from './ids';

/** Summaries per shard; see docs/decisions/0001. */
const SHARD_SIZE = 2000;
/**
 * The first shard is smaller: it is all the reader waits for before the first page (fetched, validated and
 * indexed by the worker); the others load after it is painted.
 */
const FIRST_SHARD_SIZE = 500;

const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth';

/**
 * The series an event belongs to: its name without edition ordinal or year, so "14th China-ASEAN Expo"
 * and "15th China-ASEAN Expo" (or "China-ASEAN Expo 2018") are two editions of one series.
 */
function seriesOf(eventName: string): string {
  const bare = eventName
    .replace(/^the\s+/i, '')
    .replace(new RegExp(`^(\\d+(st|nd|rd|th)|${ORDINAL_WORDS})\\s+`, 'i'), '')
    .replace(/\s*\(?\b(19|20)\d{2}\)?$/, '')
    .replace(/^(19|20)\d{2}\s+/, '');
  return slugify(bare) || slugify(eventName) || 'event';
}

/** Newest first; undated last; ties broken by id so the order is deterministic. */
function compareAnnouncements(a: Pick<Summary, 'date' | 'id'>, b: Pick<Summary, 'date' | 'id'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function toSummary(a: Announcement): Summary {
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    people: a.people.map((p) => p.id),
    countries: a.countries,
    events: a.events.map((e) => e.id),
    places: a.places,
    ...(a.organizations.length ? { organizations: a.organizations } : {}),
    ...(a.generated ? { generated: true as const } : {}),
  };
}

/**
 * Turns announcements into the files of data contract v1, as path → JSON value.
 * Pure and deterministic: the same announcements in any order give the same files.
 */
export function buildDataset(
  announcements: readonly Announcement[],
  shardSize = SHARD_SIZE,
  firstShardSize = Math.min(FIRST_SHARD_SIZE, shardSize),
): Map<string, unknown> {
  const sorted = [...announcements].sort(compareAnnouncements);
  const people = new Map<string, IndexPerson>();
  const events = new Map<string, IndexEvent>();
  const titles = new Map<string, Map<string, PersonProfile['titles'][number]>>();
  for (const a of sorted) {
    for (const p of a.people) {
      const known = people.get(p.id);
      if (!known || (known.country === null && p.country !== null)) {
        people.set(p.id, { id: p.id, name: p.name, country: p.country });
      }
      const held = titles.get(p.id) ?? new Map<string, PersonProfile['titles'][number]>();
      titles.set(p.id, held);
      for (const title of p.titles) {
        const seen = held.get(title);
        if (!seen) held.set(title, { title, first: a.date, last: a.date, count: 1 });
        else {
          seen.count += 1;
          // Sorted newest first, so a later (older) dated sighting moves `first` back.
          if (a.date !== null) {
            seen.first = a.date;
            seen.last ??= a.date;
          }
        }
      }
    }
    for (const e of a.events) {
      if (!events.has(e.id)) events.set(e.id, { id: e.id, name: e.name, series: seriesOf(e.name) });
    }
  }

  const files = new Map<string, unknown>();
  const shards: DataIndex['shards'] = [];
  for (let start = 0; start < sorted.length;) {
    const end = start + (start === 0 ? firstShardSize : shardSize);
    const items = sorted.slice(start, end).map(toSummary);
    start = end;
    const file = `summaries/${String(shards.length).padStart(4, '0')}.json`;
    shards.push({ file, count: items.length });
    files.set(file, { items });
  }
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const index: DataIndex = {
    schemaVersion: SCHEMA_VERSION,
    count: sorted.length,
    people: [...people.values()].sort(byId),
    events: [...events.values()].sort(byId),
    shards,
  };
  files.set('index.json', index);
  for (const a of sorted) files.set(`announcements/${a.id}.json`, a);
  for (const person of index.people) {
    const held = [...(titles.get(person.id)?.values() ?? [])].sort(
      (x, y) =>
        (y.last ?? '').localeCompare(x.last ?? '') || y.count - x.count || x.title.localeCompare(y.title),
    );
    const profile: PersonProfile = { ...person, titles: held };
    files.set(`people/${person.id}.json`, profile);
  }
  return files;
}

import {
  SCHEMA_VERSION,
  type Announcement,
  type AnnouncementEvent,
  type DataIndex,
  type IndexPerson,
  type Summary,
} from '../src/features/announcements/schema';

export const SHARD_SIZE = 5000;

/** Newest first; undated last; ties broken by id so the order is deterministic. */
export function compareAnnouncements(a: Pick<Summary, 'date' | 'id'>, b: Pick<Summary, 'date' | 'id'>): number {
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
    ...(a.generated ? { generated: true as const } : {}),
  };
}

/**
 * Turns announcements into the files of data contract v1, as path → JSON value.
 * Pure and deterministic: the same announcements in any order give the same files.
 */
export function buildDataset(announcements: readonly Announcement[], shardSize = SHARD_SIZE): Map<string, unknown> {
  const sorted = [...announcements].sort(compareAnnouncements);
  const people = new Map<string, IndexPerson>();
  const events = new Map<string, AnnouncementEvent>();
  for (const a of sorted) {
    for (const p of a.people) {
      const known = people.get(p.id);
      if (!known || (known.country === null && p.country !== null)) {
        people.set(p.id, { id: p.id, name: p.name, country: p.country });
      }
    }
    for (const e of a.events) if (!events.has(e.id)) events.set(e.id, { id: e.id, name: e.name });
  }

  const files = new Map<string, unknown>();
  const shards: DataIndex['shards'] = [];
  for (let start = 0; start < sorted.length; start += shardSize) {
    const items = sorted.slice(start, start + shardSize).map(toSummary);
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
  return files;
}

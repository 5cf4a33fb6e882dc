import type { ParsedAnnouncementEdit } from '../src/data/announcement-edits';
import { announcementSchema, type Announcement, type Organization, type Person } from '../src/data/schema';
import { findMentions } from './extract/mentions';
import { mergeTitle } from './extract/people/people';
import { organizationsNamed, slugify } from './ids';

type Edits = Record<string, ParsedAnnouncementEdit>;

/** What the whole run knows of people, events and organisations, for merges into one the announcement does not name. */
export interface KnownEntities {
  people: Map<string, Person>;
  events: Map<string, string>;
  organizations: Map<string, string>;
}
type Known = KnownEntities;

/** Adds what `a` names to `known` (announcements in the run's order: the first with a person's country wins). */
export function addKnownEntities(
  known: KnownEntities,
  a: Pick<Announcement, 'people' | 'events' | 'organizations'>,
): void {
  for (const p of a.people) if (!known.people.get(p.id)?.country) known.people.set(p.id, p);
  for (const e of a.events) if (!known.events.has(e.id)) known.events.set(e.id, e.name);
  for (const o of a.organizations) if (!known.organizations.has(o.id)) known.organizations.set(o.id, o.name);
}

function knownEntities(announcements: readonly Announcement[]): KnownEntities {
  const known: Known = { people: new Map(), events: new Map(), organizations: new Map() };
  for (const a of announcements) addKnownEntities(known, a);
  return known;
}

/** Folds `from` into `into` (same kind): titles joined, a missing country filled. */
function foldPerson(into: Person, from: Person): void {
  for (const t of from.titles) mergeTitle(into.titles, t);
  into.country ??= from.country;
}

/** Replaces `value` by `next` in a list of names or codes, keeping the first place of either. */
function replaceValue(values: string[], value: string, next: string): string[] {
  const at = values.indexOf(value);
  const out = values.filter((v) => v !== value);
  if (!out.includes(next)) out.splice(at, 0, next);
  return out;
}

function applyEdit(a: Announcement, edit: ParsedAnnouncementEdit, known: Known, warn: (m: string) => void) {
  const where = (path: string) => `overrides.json announcements.${a.id}.${path}`;
  let people = a.people.map((p) => ({ ...p, titles: [...p.titles] }));
  let events = a.events.map((e) => ({ ...e }));
  // Organisations by name: their ids are given from the names once the edit is done (organizationsNamed).
  let organizations: Organization[] = a.organizations.map((o) => ({ ...o }));
  const lists = {
    countries: [...a.countries],
    places: [...a.places],
  };
  const missing = (path: string, value: string) => {
    warn(`${where(path)}: “${value}” is not in this announcement; nothing to correct`);
  };

  const { remove = {}, rename = {}, merge = {}, add = {} } = edit;
  for (const id of remove.people ?? []) {
    if (!people.some((p) => p.id === id)) missing('remove.people', id);
    people = people.filter((p) => p.id !== id);
  }
  for (const id of remove.events ?? []) {
    if (!events.some((e) => e.id === id)) missing('remove.events', id);
    events = events.filter((e) => e.id !== id);
  }
  for (const id of remove.organizations ?? []) {
    if (!organizations.some((o) => o.id === id)) missing('remove.organizations', id);
    organizations = organizations.filter((o) => o.id !== id);
  }
  for (const key of ['countries', 'places'] as const) {
    for (const value of remove[key] ?? []) {
      if (!lists[key].includes(value)) missing(`remove.${key}`, value);
      lists[key] = lists[key].filter((v) => v !== value);
    }
  }

  /** Moves person `from` to `target` (a name and id): folded into it when present, else put in its place. */
  const movePerson = (from: Person, target: Person) => {
    const present = people.find((p) => p.id === target.id && p !== from);
    if (present) {
      foldPerson(present, from);
      people = people.filter((p) => p !== from);
    } else {
      from.id = target.id;
      from.name = target.name;
      from.country = target.country ?? from.country;
    }
  };
  const moveEvent = (fromId: string, target: { id: string; name: string }) => {
    const present = events.some((e) => e.id === target.id && e.id !== fromId);
    events = present
      ? events.filter((e) => e.id !== fromId)
      : events.map((e) => (e.id === fromId ? { ...target } : e));
  };

  for (const [id, newName] of Object.entries(rename.people ?? {})) {
    const person = people.find((p) => p.id === id);
    if (!person) missing('rename.people', id);
    else movePerson(person, { ...person, id: slugify(newName) || id, name: newName, country: null });
  }
  for (const [id, newName] of Object.entries(rename.events ?? {})) {
    if (!events.some((e) => e.id === id)) missing('rename.events', id);
    else moveEvent(id, { id: slugify(newName) || id, name: newName });
  }
  for (const [id, newName] of Object.entries(rename.organizations ?? {})) {
    const organization = organizations.find((o) => o.id === id);
    if (!organization) missing('rename.organizations', id);
    else organization.name = newName;
  }
  for (const [value, next] of Object.entries(rename.places ?? {})) {
    if (!lists.places.includes(value)) missing('rename.places', value);
    else lists.places = replaceValue(lists.places, value, next);
  }

  for (const [id, targetId] of Object.entries(merge.people ?? {})) {
    const person = people.find((p) => p.id === id);
    const target = people.find((p) => p.id === targetId) ?? known.people.get(targetId);
    if (!person) missing('merge.people', id);
    else if (!target) warn(`${where('merge.people')}: no person has the id “${targetId}” in this dataset`);
    else movePerson(person, target);
  }
  for (const [id, targetId] of Object.entries(merge.events ?? {})) {
    const targetName = events.find((e) => e.id === targetId)?.name ?? known.events.get(targetId);
    if (!events.some((e) => e.id === id)) missing('merge.events', id);
    else if (targetName === undefined)
      warn(`${where('merge.events')}: no event has the id “${targetId}” in this dataset`);
    else moveEvent(id, { id: targetId, name: targetName });
  }
  for (const [id, targetId] of Object.entries(merge.organizations ?? {})) {
    const organization = organizations.find((o) => o.id === id);
    const targetName =
      organizations.find((o) => o.id === targetId)?.name ?? known.organizations.get(targetId);
    if (!organization) missing('merge.organizations', id);
    else if (targetName === undefined)
      warn(`${where('merge.organizations')}: no organisation has the id “${targetId}” in this dataset`);
    else organization.name = targetName;
  }
  for (const key of ['countries', 'places'] as const) {
    for (const [value, next] of Object.entries(merge[key] ?? {})) {
      if (!lists[key].includes(value)) missing(`merge.${key}`, value);
      else lists[key] = replaceValue(lists[key], value, next);
    }
  }

  for (const added of add.people ?? []) {
    const person: Person = { ...added, id: slugify(added.name), titles: [...added.titles] };
    const present = people.find((p) => p.id === person.id);
    if (present) foldPerson(present, person);
    else people.push(person);
  }
  for (const eventName of add.events ?? []) {
    const id = slugify(eventName);
    if (!events.some((e) => e.id === id)) events.push({ id, name: eventName });
  }
  organizations.push(...organizationsNamed(add.organizations ?? []));
  for (const key of ['countries', 'places'] as const) {
    for (const value of add[key] ?? []) if (!lists[key].includes(value)) lists[key].push(value);
  }
  const edited: Announcement = {
    ...a,
    people,
    events,
    // A renamed or merged organisation takes the id of its new name, and folds into one that has it.
    organizations: organizationsNamed(organizations.map((o) => o.name)),
    places: lists.places,
    // Countries are sorted everywhere else in the dataset; keep it so.
    countries: lists.countries.sort(),
  };
  return announcementSchema.parse({ ...edited, mentions: findMentions(edited) });
}

/**
 * Applies `overrides.announcements` (corrections to one announcement, by id) to the ingested
 * announcements. Edits that name an announcement or entity the run does not have change nothing and
 * are warned of, so a stale correction is seen rather than silently lost.
 */
export function applyAnnouncementEdits(
  announcements: readonly Announcement[],
  edits: Edits,
  /** Ids of announcements already corrected (an appended-to dataset's): not warned of as missing. */
  alreadyEdited: ReadonlySet<string> = new Set(),
  /** The run's entities, when `announcements` are only some of the run's (by default: theirs). */
  knownInRun?: KnownEntities,
): { announcements: Announcement[]; warnings: string[] } {
  const warnings: string[] = [];
  const ids = Object.keys(edits);
  if (ids.length === 0) return { announcements: [...announcements], warnings };
  const known = knownInRun ?? knownEntities(announcements);
  const seen = new Set<string>();
  const out = announcements.map((a) => {
    const edit = edits[a.id];
    if (!edit) return a;
    seen.add(a.id);
    return applyEdit(a, edit, known, (message) => warnings.push(message));
  });
  for (const id of ids) {
    if (!seen.has(id) && !alreadyEdited.has(id))
      warnings.push(`overrides.json announcements.${id}: no announcement has this id; nothing to correct`);
  }
  return { announcements: out, warnings };
}

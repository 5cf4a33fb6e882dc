import { z } from 'zod';
import { entityHref, feedPath, type EntityKind } from '../../config/paths';
import type { OpmlFeed } from './opml';

/** The localStorage key; the value is versioned JSON, validated on every read. */
export const FOLLOWING_STORAGE_KEY = 'announcement-reader:following';
export const FOLLOWING_VERSION = 1;
/** More than anyone follows by hand; bounds what a tampered value can make the page do. */
export const MAX_FOLLOWED = 500;

const isoDate = z.iso.date();

const followedSchema = z.object({
  kind: z.enum(['person', 'country', 'event', 'org']),
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(500),
  followedAt: z.iso.datetime(),
  /**
   * The newest announcement date the entity had when it was followed or its page was last opened (null:
   * none of its announcements was dated then). Announcements dated after it count as new.
   */
  seenThrough: isoDate.nullable(),
});

const storedSchema = z.object({
  version: z.literal(FOLLOWING_VERSION),
  items: z
    .array(followedSchema)
    .max(MAX_FOLLOWED)
    .refine((items) => new Set(items.map(keyOf)).size === items.length, 'an entity is listed twice'),
});

export type Followed = z.infer<typeof followedSchema>;
export interface FollowingState {
  items: readonly Followed[];
}
export interface FollowedEntity {
  kind: EntityKind;
  id: string;
  name: string;
}

export const emptyFollowing: FollowingState = { items: [] };

function keyOf(item: { kind: string; id: string }): string {
  return `${item.kind}:${item.id}`;
}

/**
 * Where an unreadable stored value is copied before the first change overwrites it: a list written by a
 * newer version (another tab, a rolled-back deploy) or damaged by hand is never lost by opening a page.
 */
export const FOLLOWING_BACKUP_KEY = 'announcement-reader:following:unreadable';

/**
 * Reads the stored value. Nothing stored is an empty list; anything that is not a valid list of this
 * version (bad JSON, another shape, a newer version) gives an empty list and `unreadable: true`. The
 * caller leaves the value where it is (see FOLLOWING_BACKUP_KEY) and says so.
 */
export function readFollowing(raw: string | null): { state: FollowingState; unreadable: boolean } {
  if (raw === null) return { state: emptyFollowing, unreadable: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: emptyFollowing, unreadable: true };
  }
  const parsed = storedSchema.safeParse(json);
  return parsed.success
    ? { state: { items: parsed.data.items }, unreadable: false }
    : { state: emptyFollowing, unreadable: true };
}

export function writeFollowing(state: FollowingState): string {
  return JSON.stringify({ version: FOLLOWING_VERSION, items: state.items });
}

export function findFollowed(state: FollowingState, kind: EntityKind, id: string): Followed | undefined {
  return state.items.find((item) => item.kind === kind && item.id === id);
}

/** Follows an entity (newest first); its announcements dated up to `seenThrough` are not new. */
export function follow(
  state: FollowingState,
  entity: FollowedEntity,
  seenThrough: string | null,
  now: Date,
): FollowingState {
  if (findFollowed(state, entity.kind, entity.id)) return state;
  const item: Followed = { ...entity, followedAt: now.toISOString(), seenThrough };
  return { items: [item, ...state.items].slice(0, MAX_FOLLOWED) };
}

export function unfollow(state: FollowingState, kind: EntityKind, id: string): FollowingState {
  const items = state.items.filter((item) => !(item.kind === kind && item.id === id));
  return items.length === state.items.length ? state : { items };
}

/**
 * Records that the user has seen the entity's announcements up to `newest` (its newest date now). Only
 * moves forward, so a page opened while the data is still loading never makes older items new again.
 * Also refreshes the stored name, which the data may have corrected.
 */
export function markSeen(
  state: FollowingState,
  entity: FollowedEntity,
  newest: string | null,
): FollowingState {
  const item = findFollowed(state, entity.kind, entity.id);
  if (!item) return state;
  const seenThrough =
    newest !== null && (item.seenThrough === null || newest > item.seenThrough) ? newest : item.seenThrough;
  if (seenThrough === item.seenThrough && entity.name === item.name) return state;
  return {
    items: state.items.map((x) => (x === item ? { ...x, seenThrough, name: entity.name } : x)),
  };
}

/** The day after an ISO date: `from` is inclusive, and "new" means dated after the day seen. */
export function dayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Earlier than any announcement: with nothing dated seen, every dated announcement is new. */
const BEFORE_ANY_ANNOUNCEMENT = '1000-01-01';

/** The first date whose announcements are new for this item: the day after `seenThrough`. */
export function newFrom(item: Pick<Followed, 'seenThrough'>): string {
  return item.seenThrough === null ? BEFORE_ANY_ANNOUNCEMENT : dayAfter(item.seenThrough);
}

/** The followed entities' Atom feeds and pages as absolute URLs under `origin`, for the OPML file. */
export function followedFeeds(items: readonly Followed[], origin: string): OpmlFeed[] {
  const base = origin.replace(/\/+$/, '');
  return items.map((item) => ({
    title: item.name,
    xmlUrl: `${base}${feedPath(item.kind, item.id)}`,
    htmlUrl: `${base}${entityHref(item.kind, item.id)}`,
  }));
}

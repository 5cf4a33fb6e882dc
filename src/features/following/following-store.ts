import { useSyncExternalStore } from 'react';
import type { EntityKind } from '../../config/paths';
import {
  FOLLOWING_BACKUP_KEY,
  FOLLOWING_STORAGE_KEY,
  emptyFollowing,
  follow,
  markSeen,
  readFollowing,
  unfollow,
  writeFollowing,
  type FollowedEntity,
  type FollowingState,
} from './following-model';

/** Why the list shown is not the stored one, or will not last: shown until dismissed, never thrown. */
export type FollowingProblem = 'unreadable' | 'unavailable' | null;

interface Snapshot {
  state: FollowingState;
  problem: FollowingProblem;
}

let snapshot: Snapshot | null = null;
const listeners = new Set<() => void>();

/** localStorage, or null where the browser blocks it (some private modes, storage disabled). */
function storage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(FOLLOWING_STORAGE_KEY);
    return s;
  } catch {
    return null;
  }
}

/** Reads the stored list. An unreadable value is left in place: reading never deletes (see update). */
function load(problem: FollowingProblem = null): Snapshot {
  const s = storage();
  if (!s) return { state: snapshot?.state ?? emptyFollowing, problem: 'unavailable' };
  const { state, unreadable } = readFollowing(s.getItem(FOLLOWING_STORAGE_KEY));
  return { state, problem: unreadable ? 'unreadable' : problem };
}

function current(): Snapshot {
  snapshot ??= load();
  return snapshot;
}

function emit() {
  for (const listener of listeners) listener();
}

function update(change: (state: FollowingState) => FollowingState) {
  const before = current();
  const state = change(before.state);
  if (state === before.state) return;
  let problem: FollowingProblem = before.problem === 'unreadable' ? 'unreadable' : null;
  try {
    const s = window.localStorage;
    // The first change after an unreadable value would overwrite it: keep a copy the user can recover.
    const stored = s.getItem(FOLLOWING_STORAGE_KEY);
    if (stored !== null && readFollowing(stored).unreadable) s.setItem(FOLLOWING_BACKUP_KEY, stored);
    s.setItem(FOLLOWING_STORAGE_KEY, writeFollowing(state));
  } catch {
    // Blocked or full: the change lasts as long as the page, and the page says so.
    problem = 'unavailable';
  }
  snapshot = { state, problem };
  emit();
}

/** Another tab followed or unfollowed something: read the stored list again. */
function onStorage(event: StorageEvent) {
  if (event.key !== FOLLOWING_STORAGE_KEY && event.key !== null) return;
  snapshot = load();
  emit();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** The actions on the followed list; stable, so effects can depend on them. */
export const followingActions = {
  follow: (entity: FollowedEntity, newest: string | null) => {
    update((s) => follow(s, entity, newest, new Date()));
  },
  unfollow: (kind: EntityKind, id: string) => {
    update((s) => unfollow(s, kind, id));
  },
  markSeen: (entity: FollowedEntity, newest: string | null) => {
    update((s) => markSeen(s, entity, newest));
  },
  dismissProblem: () => {
    if (!snapshot || snapshot.problem === null) return;
    snapshot = { ...snapshot, problem: null };
    emit();
  },
};

/**
 * What the reader follows, kept only in this browser's localStorage (nothing is sent anywhere). Every tab
 * sees the same list; a stored value that cannot be read is shown as empty but kept, and `problem` says so.
 */
export function useFollowing(): Snapshot {
  return useSyncExternalStore(subscribe, current);
}

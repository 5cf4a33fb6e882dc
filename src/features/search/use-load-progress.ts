import { useSyncExternalStore } from 'react';
import { loadProgress, type LoadProgress } from './engine/search-engine';

/** How much of the dataset the search worker has loaded; null before it is opened. */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(loadProgress.subscribe, loadProgress.get, loadProgress.get);
}

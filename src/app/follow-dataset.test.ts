import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { followDatasetBuilds } from './follow-dataset';

/** A stand-in for the worker's progress events. */
function fakeProgress(build: string | undefined) {
  let current = build === undefined ? null : { total: 1, loaded: 1, complete: true, problems: [], build };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(next: string) {
      current = { total: 1, loaded: 1, complete: true, problems: [], build: next };
      for (const listener of listeners) listener();
    },
  };
}

describe('followDatasetBuilds', () => {
  it('on a new build forgets the page’s dataset version, then drops and refetches what it cached', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 'static', retry: false } } });
    const order: string[] = [];
    let build = 'a';
    const fetcher = (name: string) => () => {
      order.push(`${name}@${build}`);
      return Promise.resolve(`${name}@${build}`);
    };
    const shown = new QueryObserver(client, {
      queryKey: ['search', 'results', 'q=expo', 2],
      queryFn: fetcher('results'),
    });
    const unsubscribeShown = shown.subscribe(() => undefined);
    const detail = new QueryObserver(client, {
      queryKey: ['announcements', 'detail', 'x'],
      queryFn: fetcher('detail'),
    });
    const unsubscribeDetail = detail.subscribe(() => undefined);
    await client.query({ queryKey: ['search', 'results', '', 2], queryFn: fetcher('old list') });
    await client.query({ queryKey: ['search', 'dataset'], queryFn: fetcher('dataset') });
    await vi.waitFor(() => {
      expect(order).toContain('detail@a');
    });

    const progress = fakeProgress('a');
    const forget = vi.fn(() => {
      order.push('forget');
      return Promise.resolve();
    });
    const stop = followDatasetBuilds(client, progress, forget);
    progress.emit('a'); // the same build again: nothing to do
    expect(forget).not.toHaveBeenCalled();

    order.length = 0;
    build = 'b';
    progress.emit('b');
    await vi.waitFor(() => {
      expect(order).toHaveLength(3);
    });
    expect(order[0]).toBe('forget');
    expect(order.slice(1).sort()).toEqual(['detail@b', 'results@b']);
    // Not on screen: dropped, so it is computed afresh when shown again; the opening itself is kept.
    expect(client.getQueryData(['search', 'results', '', 2])).toBeUndefined();
    expect(client.getQueryData(['search', 'dataset'])).toBe('dataset@a');
    expect(shown.getCurrentResult().data).toBe('results@b');

    stop();
    unsubscribeShown();
    unsubscribeDetail();
  });

  it('does nothing on the first build it hears of', () => {
    const client = new QueryClient();
    const progress = fakeProgress(undefined);
    const forget = vi.fn(() => Promise.resolve());
    followDatasetBuilds(client, progress, forget);
    progress.emit('a');
    expect(forget).not.toHaveBeenCalled();
  });
});

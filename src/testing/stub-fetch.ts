import { vi } from 'vitest';
import { DataLoadError } from '../data/data-errors';

/** What a stubbed path answers: JSON, `{ status }`, `{ raw }` text, or an Error to reject with. */
export type Answer = unknown;

/** Stubs fetch with a table of data-relative paths; anything else is a 404. */
export function stubFetch(files: ReadonlyMap<string, Answer>) {
  const fetchMock = vi.fn((input: URL | string) => {
    const path = String(input).replace(/^.*\/data\//, '');
    if (!files.has(path)) return Promise.resolve(new Response('not found', { status: 404 }));
    const answer = files.get(path);
    if (answer instanceof Error) return Promise.reject(answer);
    if (
      typeof answer === 'object' &&
      answer !== null &&
      'status' in answer &&
      typeof answer.status === 'number'
    ) {
      return Promise.resolve(new Response('failure', { status: answer.status }));
    }
    if (typeof answer === 'object' && answer !== null && 'raw' in answer && typeof answer.raw === 'string') {
      return Promise.resolve(new Response(answer.raw, { status: 200 }));
    }
    return Promise.resolve(Response.json(answer));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The DataLoadError a load rejects with; fails the test if it resolves or rejects with anything else. */
export async function loadError(promise: Promise<unknown>): Promise<DataLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataLoadError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

import { afterEach, vi } from 'vitest';

// A test that logs an error has found a bug it did not assert on.
afterEach(() => {
  vi.restoreAllMocks();
});

import { afterEach, beforeEach, vi } from 'vitest';
import { startConsoleErrorGuard, stopConsoleErrorGuard } from './console-errors';

// A test that logs an error has found a bug it did not assert on: it fails (see console-errors.ts for
// how a test that expects one allows it).
beforeEach(() => {
  startConsoleErrorGuard();
});

afterEach(() => {
  vi.restoreAllMocks();
  stopConsoleErrorGuard();
});

import { format } from 'node:util';

/**
 * Makes an unexpected `console.error` fail the test that logged it (installed by setup-tests.ts).
 *
 * A test that expects an error calls `allowConsoleError(/pattern/)` first: matching messages are then
 * allowed in that test only (and still printed). A test that asserts on what is logged can instead mock
 * it, `vi.spyOn(console, 'error').mockImplementation(...)`: the mock replaces the guard until it is
 * restored after the test.
 */

let allowed: RegExp[] = [];
let unexpected: string[] = [];
let original: typeof console.error | null = null;

export function allowConsoleError(pattern: RegExp): void {
  allowed.push(pattern);
}

/** `print` is where messages still go (the real console.error unless a test of the guard says otherwise). */
export function startConsoleErrorGuard(print?: (...args: unknown[]) => void): void {
  allowed = [];
  unexpected = [];
  original ??= console.error;
  const printer = print ?? original;
  console.error = (...args: unknown[]) => {
    const message = format(...args);
    if (!allowed.some((pattern) => pattern.test(message))) unexpected.push(message);
    printer(...args);
  };
}

/** Restores console.error and throws (failing the test) if it was called without being allowed. */
export function stopConsoleErrorGuard(): void {
  if (original) console.error = original;
  const found = unexpected;
  unexpected = [];
  allowed = [];
  if (found.length > 0) {
    const list = found.map((message) => `  ${message.split('\n')[0] ?? ''}`).join('\n');
    throw new Error(
      `console.error was called ${found.length === 1 ? 'once' : `${found.length} times`} without allowConsoleError():\n${list}`,
    );
  }
}

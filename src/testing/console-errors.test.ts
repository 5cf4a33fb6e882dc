import { describe, expect, it } from 'vitest';
import { allowConsoleError, startConsoleErrorGuard, stopConsoleErrorGuard } from './console-errors';

const quiet = () => undefined;

describe('the console.error guard', () => {
  it('fails a test that logs an error it did not allow, naming the message', () => {
    startConsoleErrorGuard(quiet);
    console.error('boom: %s', 'the parser fell over');
    expect(() => {
      stopConsoleErrorGuard();
    }).toThrow(/called once without allowConsoleError\(\):\n {2}boom: the parser fell over/);
  });

  it('lets a test log the errors it allowed, and only those', () => {
    startConsoleErrorGuard(quiet);
    allowConsoleError(/^expected failure/);
    console.error('expected failure: bad input');
    expect(() => {
      stopConsoleErrorGuard();
    }).not.toThrow();

    startConsoleErrorGuard(quiet);
    allowConsoleError(/^expected failure/);
    console.error('something else');
    expect(() => {
      stopConsoleErrorGuard();
    }).toThrow(/something else/);
  });

  it('forgets what was allowed when the next test starts', () => {
    startConsoleErrorGuard(quiet);
    allowConsoleError(/.*/);
    stopConsoleErrorGuard();
    startConsoleErrorGuard(quiet);
    console.error('not allowed any more');
    expect(() => {
      stopConsoleErrorGuard();
    }).toThrow(/not allowed any more/);
  });
});

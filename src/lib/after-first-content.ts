/**
 * Code that the first results do not need waits until they are on screen (docs/decisions/0021): the
 * gate opens when a page has shown its first content (`firstContentShown`), and what waits on it then
 * runs when the browser is next idle after that frame.
 */
type Task = () => void;

interface Scheduler {
  frame: (run: () => void) => void;
  idle: (run: () => void) => void;
}

const browserScheduler: Scheduler = {
  frame: (run) => requestAnimationFrame(run),
  // Safari has no requestIdleCallback; the timeout bounds the wait on a page that is never idle.
  idle: (run) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(run, 50),
};

export function createFirstContentGate(scheduler: Scheduler = browserScheduler) {
  let state: 'closed' | 'opening' | 'open' = 'closed';
  const waiting = new Set<Task>();
  const runWaiting = () => {
    state = 'open';
    const tasks = [...waiting];
    waiting.clear();
    for (const task of tasks) task();
  };
  return {
    /** Runs `task` once the first content is on screen and the page is idle; returns a cancel. */
    afterFirstContent: (task: Task): (() => void) => {
      if (state === 'open') {
        let cancelled = false;
        scheduler.idle(() => {
          if (!cancelled) task();
        });
        return () => {
          cancelled = true;
        };
      }
      waiting.add(task);
      return () => waiting.delete(task);
    },
    /** Says the page's first content is rendered: waiting tasks run after it is painted. Idempotent. */
    firstContentShown: (): void => {
      if (state !== 'closed') return;
      state = 'opening';
      scheduler.frame(() => {
        scheduler.idle(runWaiting);
      });
    },
    isOpen: () => state === 'open',
  };
}

const gate = createFirstContentGate();
export const afterFirstContent = gate.afterFirstContent;
export const firstContentShown = gate.firstContentShown;

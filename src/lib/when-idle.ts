/**
 * Runs `task` once the page is idle (at the latest after `timeoutMs`); returns a function that cancels it.
 * Safari has no requestIdleCallback: there it runs after a short timeout.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const handle = setTimeout(task, 50);
  return () => {
    clearTimeout(handle);
  };
}

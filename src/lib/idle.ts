/**
 * Runs `task` once the page is idle (after what it is painting now), within `timeout` ms; a short timer
 * where there is no requestIdleCallback (Safari). Returns what cancels it.
 */
export function whenIdle(task: () => void, timeout = 500): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const handle = setTimeout(task, 50);
  return () => {
    clearTimeout(handle);
  };
}

import type { CDPSession, Page } from '@playwright/test';

/**
 * Reads the JS heap of a page's dedicated workers over CDP. Playwright's CDPSession cannot address the
 * child sessions of flattened auto-attach, so this attaches without flattening and talks to each worker
 * through Target.sendMessageToTarget. Call before the page loads its workers.
 */
export async function watchWorkers(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const sessions: string[] = [];
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 1;

  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const send = (sessionId: string, method: string) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => {
          resolve(null); // the worker is gone
        });
    });

  return {
    /** Used JS heap bytes summed over the page's workers (null when there is none). */
    async heapUsed(): Promise<number | null> {
      if (sessions.length === 0) return null;
      let used = 0;
      for (const sessionId of sessions) {
        const result = (await send(sessionId, 'Runtime.getHeapUsage')) as { usedSize?: number } | null;
        used += result?.usedSize ?? 0;
      }
      return used;
    },
    detach: () => cdp.detach(),
  };
}

import { test as base, expect, type Page } from '@playwright/test';

/** What a data URL answers in a test: a JSON value, raw text, or an HTTP failure. */
export type FakeResponse = { json: unknown } | { text: string } | { status: number } | 'abort';

/**
 * Serves the app's dataset from memory instead of /data/. Paths are relative to the data folder
 * (e.g. `index.json`); anything not listed answers 404.
 */
export async function serveData(
  page: Page,
  files: ReadonlyMap<string, unknown>,
  faults: Record<string, FakeResponse> = {},
) {
  await page.route('**/data/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ''));
    const fault = faults[path];
    if (fault === 'abort') return route.abort('internetdisconnected');
    if (fault && 'status' in fault)
      return route.fulfill({ status: fault.status, body: 'failure injected by test' });
    if (fault && 'text' in fault)
      return route.fulfill({ status: 200, contentType: 'application/json', body: fault.text });
    if (fault && 'json' in fault) return route.fulfill({ status: 200, json: fault.json });
    if (!files.has(path)) return route.fulfill({ status: 404, body: 'not found' });
    const value = files.get(path);
    // The chunked index's binary chunks (decision 0009) are served as they are.
    if (value instanceof Uint8Array)
      return route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        body: Buffer.from(value),
      });
    return route.fulfill({ status: 200, json: value });
  });
}

/** Console errors the browser itself prints for failed requests that a test injected on purpose. */
const EXPECTED_CONSOLE = [/Failed to load resource/];

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !EXPECTED_CONSOLE.some((re) => re.test(message.text())))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const SAMPLE_ID = 'party-group-secretary-wang-zhigang-meets-with-chair-of-c358ae3d';

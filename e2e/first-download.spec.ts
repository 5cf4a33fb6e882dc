import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_DOWNLOAD_BUDGET_BYTES } from '../bench/budgets';
import { expect, test } from './fixtures';
import { FIRST_ANSWER, resultCards } from './helpers';

/**
 * The first download's budget, enforced: the main-thread scripts the page has fetched by the time its
 * first results are painted, each counted at the size a static host sends it (the build's precompressed
 * `.gz` in dist/assets, else gzip of the file, as nginx does on the fly). Bodies only; the benchmark
 * (bench/run.ts) also counts each response's headers.
 */
const DIST = 'dist';

function servedBytes(pathname: string): number {
  const file = join(DIST, pathname);
  if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  if (!existsSync(file)) throw new Error(`${pathname} was loaded but is not in ${DIST}/`);
  return gzipSync(readFileSync(file)).length;
}

test('the first download stays within its budget', async ({ page }) => {
  // The moment the first results are painted: the list has its rows and the count is known.
  await page.addInitScript(() => {
    const state = window as unknown as { __firstResultsAt?: number };
    const observer = new MutationObserver(() => {
      const count = document.querySelector('[data-testid="result-count"]')?.textContent ?? '';
      const rows = document.querySelectorAll('ol[aria-label="Announcements"] > li').length;
      if (rows === 0 || !/\d/.test(count)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        state.__firstResultsAt = performance.now();
      });
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/');
  await expect(resultCards(page).first()).toBeVisible(FIRST_ANSWER);
  const scripts = await page.evaluate(async () => {
    const state = window as unknown as { __firstResultsAt?: number };
    while (state.__firstResultsAt === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
    const paintedAt = state.__firstResultsAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
      .filter((entry) => entry.responseEnd <= paintedAt)
      .map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => pathname.endsWith('.js') && !/\.worker-[\w-]+\.js$/.test(pathname));
  });
  const sizes = scripts.map((pathname) => ({ pathname, bytes: servedBytes(pathname) }));
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  const listing = sizes.map(({ pathname, bytes }) => `${pathname} ${bytes}`).join(', ');
  test.info().annotations.push({ type: 'first download (gzip bytes)', description: `${total}: ${listing}` });
  console.log(`first download: ${total} bytes gzip (${listing})`);
  expect(sizes.length, 'scripts loaded before the first results').toBeGreaterThan(0);
  expect(total, `the first download (${listing})`).toBeLessThanOrEqual(FIRST_DOWNLOAD_BUDGET_BYTES);
});

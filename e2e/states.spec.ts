import type { Page } from '@playwright/test';
import { datasetFiles, sampleBoard } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { AFTER_RETRIES, loadError, resultCards } from './helpers';

const FILES = datasetFiles(sampleBoard);
const MANIFEST = 'search/manifest.json';
/** The cold file: what the first page is drawn from (decision 0009). */
const COLD = `search/chunks/${(JSON.parse(new TextDecoder().decode(FILES.get(MANIFEST) as Uint8Array)) as { cold: string }).cold}`;
const DETAIL = sampleBoard[0]!;
const DETAIL_FILE = `announcements/${DETAIL.id}.json`;

/** Counts the requests the page makes for one data file. */
function countRequests(page: Page, file: string): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(`/data/${file}`)) counter.count += 1;
  });
  return counter;
}

/** The network is back: every data file is served again without faults. */
async function serveHealthy(page: Page) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await serveData(page, FILES);
}

/** Said while a failed load is being retried; the progress bar also has a screen-reader copy of it. */
function retryingMessage(page: Page) {
  return page.getByText(/attempt \d+ failed, trying again/).first();
}

test.describe('when the list data cannot be loaded', () => {
  test('a failing manifest is retried, then an error offers Retry, which recovers', async ({ page }) => {
    await serveData(page, FILES, { [MANIFEST]: { status: 500 } });
    const manifest = countRequests(page, MANIFEST);

    await page.goto('/');
    await expect(retryingMessage(page)).toBeVisible(AFTER_RETRIES);
    const error = loadError(page);
    await expect(error).toContainText(
      `Could not load ${MANIFEST}: the server answered HTTP 500.`,
      AFTER_RETRIES,
    );
    await expect(error).toContainText('We tried several times');
    expect(manifest.count, 'one attempt and three retries').toBe(4);

    await serveHealthy(page);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(resultCards(page)).toHaveCount(sampleBoard.length);
    await expect(error).toBeHidden();
  });

  test('a manifest that is not JSON is named in the error and not retried', async ({ page }) => {
    await serveData(page, datasetFiles(sampleBoard), {
      [MANIFEST]: { text: '{"format": "announcement-reader/chunked-index", ' },
    });
    const manifest = countRequests(page, MANIFEST);

    await page.goto('/');
    const error = loadError(page);
    await expect(error).toContainText(`${MANIFEST} is not valid JSON`);
    await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(manifest.count).toBe(1);
  });

  test('a corrupt chunk is fetched again, then named; nothing is shown from it, and Retry recovers', async ({
    page,
  }) => {
    const files = new Map(FILES);
    const cold = files.get(COLD) as Uint8Array;
    files.set(COLD, cold.subarray(0, cold.length - 5));
    await serveData(page, files);
    const requests = countRequests(page, COLD);

    await page.goto('/');
    const error = loadError(page);
    await expect(error).toContainText(
      `Could not read ${COLD}: its content does not match its hash`,
      AFTER_RETRIES,
    );
    expect(requests.count, 'one attempt and three retries').toBe(4);
    await expect(resultCards(page)).toHaveCount(0);

    await serveHealthy(page);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(resultCards(page)).toHaveCount(sampleBoard.length);
  });
});

test.describe('when an announcement cannot be loaded', () => {
  test('a failing detail is retried, then Retry recovers', async ({ page }) => {
    await serveData(page, FILES, { [DETAIL_FILE]: { status: 500 } });

    await page.goto(`/announcements/${DETAIL.id}`);
    await expect(retryingMessage(page)).toBeVisible(AFTER_RETRIES);
    const error = loadError(page);
    await expect(error).toContainText(
      `Could not load ${DETAIL_FILE}: the server answered HTTP 500.`,
      AFTER_RETRIES,
    );

    await serveHealthy(page);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DETAIL.title);
  });

  test('offline while opening a detail from the list: said, and Retry recovers', async ({ page }) => {
    await serveData(page, FILES);
    await page.goto('/');
    await expect(resultCards(page)).toHaveCount(sampleBoard.length);

    await serveData(page, FILES, { [DETAIL_FILE]: 'abort' });
    await page.getByRole('link', { name: DETAIL.title }).click();
    await expect(retryingMessage(page)).toBeVisible(AFTER_RETRIES);
    const error = loadError(page);
    await expect(error).toContainText('the network request failed (offline?)', AFTER_RETRIES);
    await expect(error).toContainText('Check your connection');

    await serveHealthy(page);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DETAIL.title);

    await page.goBack();
    await expect(resultCards(page)).toHaveCount(sampleBoard.length);
  });
});

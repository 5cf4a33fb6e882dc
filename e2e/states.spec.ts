import type { Page } from '@playwright/test';
import { datasetFiles, sampleBoard } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { AFTER_RETRIES, loadError, resultCards, resultTitles } from './helpers';

const FILES = datasetFiles(sampleBoard);
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
  test('a failing index is retried, then an error offers Retry, which recovers', async ({ page }) => {
    await serveData(page, FILES, { 'index.json': { status: 500 } });
    const index = countRequests(page, 'index.json');

    await page.goto('/');
    await expect(retryingMessage(page)).toBeVisible(AFTER_RETRIES);
    const error = loadError(page);
    await expect(error).toContainText(
      'Could not load index.json: the server answered HTTP 500.',
      AFTER_RETRIES,
    );
    await expect(error).toContainText('We tried several times');
    expect(index.count, 'one attempt and three retries').toBe(4);

    await serveHealthy(page);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(resultCards(page)).toHaveCount(sampleBoard.length);
    await expect(error).toBeHidden();
  });

  test('an index that is not JSON is named in the error and not retried', async ({ page }) => {
    await serveData(page, datasetFiles(sampleBoard), {
      'index.json': { text: '{"schemaVersion": 1, "count": ' },
    });
    const index = countRequests(page, 'index.json');

    await page.goto('/');
    const error = loadError(page);
    await expect(error).toContainText('index.json is not valid JSON');
    await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(index.count).toBe(1);
  });

  test('one bad item in a shard is skipped and named; the good ones are shown', async ({ page }) => {
    const files = datasetFiles(sampleBoard);
    const shard = files.get('summaries/0000.json') as { items: { id: string }[] };
    const items = shard.items.map((item) =>
      item.id === DETAIL.id ? { ...item, date: 'the fourth of March' } : item,
    );
    files.set('summaries/0000.json', { items });
    await serveData(page, files);

    await page.goto('/');
    await expect(resultCards(page)).toHaveCount(sampleBoard.length - 1);
    await expect(resultTitles(page)).not.toContainText([DETAIL.title]);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Some of the data could not be read (1 problem)' });
    await expect(notice).toBeVisible();
    await notice.getByText('Show what is wrong').click();
    await expect(notice.getByRole('listitem')).toHaveText([
      new RegExp(`^summaries/0000\\.json: item \\d \\(“${DETAIL.id}”\\) was skipped: date`),
    ]);
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

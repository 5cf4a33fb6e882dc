import { AxeBuilder } from '@axe-core/playwright';
import { SAMPLE_ID, expect, test } from './fixtures';
import { resultCards } from './helpers';

// Runs against the second preview server (project "demo" in playwright.config.ts), which serves the demo
// archive the way `npm run preview` does on a checkout that has not ingested its own data.

test.use({ locale: 'en-US' });

/** The mark's text, as read out (the part after "Generated" is visually hidden). */
const MARK = 'Generated: made by the test-data generator, not a real announcement';

/** The mark of a person, country, event or organisation that only generated announcements name. */
const ENTITY_MARK = 'Generated: named only in announcements made by the test-data generator';

const NOTICE =
  'Demo data: 1,000 generated announcements and 1 real sample — load your own with npm run ingest -- <folder>';

test.describe('the demo archive', () => {
  test('preview serves it: the real sample and a thousand generated announcements', async ({
    page,
    request,
  }) => {
    const { version } = (await (await request.get('/data/current.json')).json()) as { version: string };
    const index = (await (await request.get(`/data/v/${version}/index.json`)).json()) as {
      count: number;
      demo?: { generated: number; real: number };
    };
    expect(index).toMatchObject({ count: 1001, demo: { generated: 1000, real: 1 } });

    await page.goto('/');
    await expect(page.getByText('1,001 announcements', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('region', { name: 'Demo data' })).toHaveText(`${NOTICE}Dismiss`, {
      timeout: 20_000,
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test('every generated announcement is marked on the list, the detail and entity pages', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 4000 }); // the list renders only the rows in view
    await page.goto('/');
    await expect(page.getByText('1,001 announcements', { exact: true })).toBeVisible({ timeout: 20_000 });
    const cards = resultCards(page);
    await expect.poll(() => cards.count()).toBeGreaterThan(15);
    // The newest are all generated (the sample is from 2017): every row on screen carries the mark (the
    // windowed list may add rows meanwhile, so count the rows without it).
    await expect(cards.filter({ hasNot: page.getByText(MARK, { exact: true }) })).toHaveCount(0);
    await expect(cards.getByText(MARK, { exact: true }).first()).toBeVisible();

    await cards.first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Meets .* Delegation/);
    await expect(page.locator('article').getByText(MARK, { exact: true })).toBeVisible();

    await page.goto(`/announcements/${SAMPLE_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tung Ciny');
    await expect(page.locator('article').getByText(MARK, { exact: true })).toHaveCount(0);

    // The 14th China-ASEAN Expo is in the real sample and in a dozen generated ones: those carry the mark.
    await page.goto('/events/14th-china-asean-expo');
    const rows = page.getByRole('article');
    await expect(rows).toHaveCount(13);
    const mark = page.getByText(MARK, { exact: true });
    await expect(rows.filter({ has: mark })).toHaveCount(12);
    const unmarked = rows.filter({ hasNot: mark });
    await expect(unmarked).toHaveCount(1);
    await expect(unmarked.getByRole('heading')).toContainText('Tung Ciny');
  });

  test('directory rows and entity pages say when only generated announcements name the entity', async ({
    page,
  }) => {
    const mark = page.getByText(ENTITY_MARK, { exact: true });
    await page.goto('/people');
    const rows = page.getByRole('list', { name: 'People' }).getByRole('listitem');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(10);
    // Made-up people are named only by generated items; the real sample's people are not.
    await expect(rows.filter({ has: mark }).first()).toBeVisible();
    await page.goto('/people?q=wang%20zhigang');
    const wang = rows.filter({ hasText: 'Wang Zhigang' });
    await expect(wang).toHaveCount(1);
    await expect(wang.getByText(ENTITY_MARK, { exact: true })).toHaveCount(0);
    // The expo is in the real sample and in generated ones: not marked. Cambodia likewise.
    await page.goto('/events?q=14th%20china');
    const expo = page
      .getByRole('list', { name: 'Events' })
      .getByRole('listitem')
      .filter({ hasText: '14th China-ASEAN Expo' });
    await expect(expo).toHaveCount(1);
    await expect(expo.getByText(ENTITY_MARK, { exact: true })).toHaveCount(0);

    await page.goto('/people');
    const marked = rows.filter({ has: mark }).first();
    const name = (await marked.getByTestId('directory-name').innerText()).trim();
    await marked.getByRole('link').click();
    // The heading is the name alone; the mark stands beside it, in the line below.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('main').getByText(ENTITY_MARK, { exact: true })).toHaveCount(1);

    await page.goto('/people/wang-zhigang');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wang Zhigang');
    await expect(page.getByRole('main').getByText(ENTITY_MARK, { exact: true })).toHaveCount(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.goto('/people');
      await expect(rows.filter({ has: mark }).first()).toBeVisible();
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test('the notice can be dismissed, and stays dismissed', async ({ page }) => {
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Demo data' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await notice.getByRole('button', { name: 'Dismiss the demo data notice' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('1,001 announcements', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(notice).toHaveCount(0);
    await page.goto(`/announcements/${SAMPLE_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });
});

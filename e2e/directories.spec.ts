import type { Page } from '@playwright/test';
import type { Announcement } from '../src/data/schema';
import { datasetFiles, makeAnnouncement, makePerson } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { loadError } from './helpers';

// Countries named 6, 5, 4, 3, 2 and 1 times; one person per announcement, 240 of them, so that the people's
// directory is longer than the 200 values the worker answers with.
const COUNTRY_MENTIONS = { TH: 6, KH: 5, LA: 4, VN: 3, FR: 2, MY: 1 } as const;
const PEOPLE = 240;
const countryCycle = Object.entries(COUNTRY_MENTIONS).flatMap(([code, n]) =>
  Array.from({ length: n }, () => code),
);
const board: Announcement[] = Array.from({ length: PEOPLE }, (_, i) =>
  makeAnnouncement({
    title: `Directory test item ${i}`,
    date: `20${String(10 + (i % 10))}-01-${String((i % 28) + 1).padStart(2, '0')}`,
    // Person 0 is named in one announcement, like all the others, but last in rank: found by typing only.
    people: [makePerson(`Person ${String(i).padStart(3, '0')} Tester`, null)],
    countries: i < countryCycle.length ? [countryCycle[i] ?? 'TH'] : [],
  }),
);

const directoryList = (page: Page, name: string) => page.getByRole('list', { name });
const rowNames = (page: Page, name: string) =>
  directoryList(page, name).getByRole('listitem').getByTestId('directory-name');

/** The first answer on a busy machine: the dataset is built in memory and the worker reads it cold. */
const FIRST_DATA = { timeout: 20_000 };

test.use({ locale: 'en-US' });

test.describe('directories', () => {
  test.beforeEach(async ({ page }) => {
    await serveData(page, datasetFiles(board));
  });

  test('Browse → Countries, filter, open one, Back keeps the filter; A–Z; no match', async ({ page }) => {
    // A long journey (a dozen navigations, two lazy routes): more than the default on a busy machine.
    test.setTimeout(90_000);
    await page.goto('/');
    await expect(page.getByText('240 announcements', { exact: true })).toBeVisible(FIRST_DATA);
    await page.getByRole('button', { name: 'Browse' }).click();
    await page
      .getByRole('navigation', { name: 'Browse the archive' })
      .getByRole('link', { name: 'Countries' })
      .click();

    await expect(page).toHaveURL('/countries');
    await expect(page).toHaveTitle('Countries · Announcement Reader');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Countries');
    await expect(page.getByTestId('directory-count')).toHaveText('6 countries', FIRST_DATA);
    await expect(rowNames(page, 'Countries')).toHaveText([
      'Thailand',
      'Cambodia',
      'Laos',
      'Vietnam',
      'France',
      'Malaysia',
    ]);
    await expect(directoryList(page, 'Countries').getByRole('link', { name: /^Cambodia/ })).toHaveText(
      /5 announcements/,
    );

    // Typing filters, and replaces the history entry rather than adding one per keystroke.
    await page.getByRole('searchbox', { name: 'Find a country' }).fill('la');
    await expect(page).toHaveURL('/countries?q=la');
    await expect(rowNames(page, 'Countries')).toHaveText(['Thailand', 'Laos', 'Malaysia']);
    await expect(page.getByTestId('directory-count')).toHaveText('3 of 6 countries matching “la”');

    await directoryList(page, 'Countries').getByRole('link', { name: /^Laos/ }).click();
    await expect(page).toHaveURL('/countries/LA');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Laos');
    // The entity page's breadcrumb leads back to the directory too.
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Countries' }),
    ).toHaveAttribute('href', '/countries');

    await page.goBack();
    await expect(page).toHaveURL('/countries?q=la');
    await expect(page.getByRole('searchbox', { name: 'Find a country' })).toHaveValue('la');
    await expect(rowNames(page, 'Countries')).toHaveText(['Thailand', 'Laos', 'Malaysia']);

    // A–Z is in the URL (pushed: Back returns to most mentioned).
    await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'A–Z' });
    await expect(page).toHaveURL('/countries?q=la&sort=name');
    await expect(rowNames(page, 'Countries')).toHaveText(['Laos', 'Malaysia', 'Thailand']);
    await page.getByRole('searchbox', { name: 'Find a country' }).fill('');
    await expect(page).toHaveURL('/countries?sort=name');
    await expect(rowNames(page, 'Countries')).toHaveText([
      'Cambodia',
      'France',
      'Laos',
      'Malaysia',
      'Thailand',
      'Vietnam',
    ]);
    await page.goBack();
    await expect(page).toHaveURL('/countries?q=la');

    // No match: said so, with a way back to all of them.
    await page.getByRole('searchbox', { name: 'Find a country' }).fill('zzz');
    await expect(page.getByRole('heading', { name: 'No country matches “zzz”' })).toBeVisible();
    await expect(directoryList(page, 'Countries')).toHaveCount(0);
    await page.getByRole('link', { name: 'Show all countries' }).click();
    await expect(page).toHaveURL('/countries');
    await expect(page.getByRole('searchbox', { name: 'Find a country' })).toHaveValue('');
    await expect(rowNames(page, 'Countries')).toHaveCount(6);

    // Typing replaced the entries it made: Back from here is the list the journey started on.
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('a directory longer than the worker answers says how many there are and finds the rest', async ({
    page,
  }) => {
    await page.goto('/people');
    await expect(page.getByTestId('directory-count')).toHaveText(
      'Showing the 200 most mentioned of 240 people. Type in the box to find any other.',
      FIRST_DATA,
    );
    await expect(directoryList(page, 'People').getByRole('listitem')).toHaveCount(200);

    // Everyone is named once, so the ranking's tie-break decides who is left out; typing finds anyone.
    const shown = new Set(await rowNames(page, 'People').allInnerTexts());
    const missing = board.map((a) => a.people[0]?.name ?? '').find((name) => !shown.has(name));
    expect(missing).toBeDefined();
    await page.getByRole('searchbox', { name: 'Find a person' }).fill(missing ?? '');
    await expect(rowNames(page, 'People')).toHaveText([missing ?? '']);
    await expect(page.getByTestId('directory-count')).toHaveText(
      `1 of 240 people matching “${missing ?? ''}”`,
    );

    // A text matching more than 200 says the list is cut, without inventing a total.
    await page.getByRole('searchbox', { name: 'Find a person' }).fill('tester');
    await expect(page.getByTestId('directory-count')).toHaveText(
      'Showing the 200 most mentioned people matching “tester”: there may be more. Type more of the name to narrow.',
    );
  });

  test('each directory opens fresh from its URL; a bad sort is reported and ignored', async ({ page }) => {
    await page.goto('/events');
    await expect(page.getByRole('heading', { name: 'No events in this archive yet' })).toBeVisible(
      FIRST_DATA,
    );
    await page.goto('/organizations');
    await expect(page).toHaveTitle('Organisations · Announcement Reader');
    await expect(page.getByRole('heading', { name: 'No organisations in this archive yet' })).toBeVisible(
      FIRST_DATA,
    );

    await page.goto('/countries?sort=loudest');
    await expect(
      page.getByRole('status').filter({ hasText: '“sort” must be “mentions” or “name”' }),
    ).toBeVisible(FIRST_DATA);
    await expect(rowNames(page, 'Countries').first()).toHaveText('Thailand', FIRST_DATA);
    await page.getByRole('link', { name: 'Tidy the link' }).click();
    await expect(page).toHaveURL('/countries');
  });

  test('Browse works by keyboard and fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/');
    // The header is drawn while the first data loads too; the one that stays is there once it is in.
    await expect(page.getByText('240 announcements', { exact: true })).toBeVisible(FIRST_DATA);
    const browse = page.getByRole('button', { name: 'Browse' });
    await browse.focus();
    await page.keyboard.press('Enter');
    await expect(browse).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('navigation', { name: 'Browse the archive' });
    await expect(menu).toBeInViewport({ ratio: 1 });

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(browse).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link', { name: 'People' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/people');
    await expect(menu).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('a directory whose data cannot be had says so', async ({ page }) => {
  await serveData(page, new Map(), { 'index.json': { status: 404 } });
  await page.goto('/countries');
  await expect(loadError(page)).toBeVisible({ timeout: 20_000 });
});

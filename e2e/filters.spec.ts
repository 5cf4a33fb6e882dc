import type { Page } from '@playwright/test';
import { datasetFiles, makeAnnouncement, sampleBoard } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { facet, facetCounts, filterPanel, resultCards, resultTitles, toggleFacet } from './helpers';

const ALICE_MEETS = 'Minister Alice Moreau Meets Vietnamese Delegation';
const FORUM_OPENS = 'Vice Minister Nguyen Van An Opens Digital Forum';
const THAI_FRENCH = 'Thai and French Researchers Sign Agreement';
const UNDATED = 'Board Notice Without a Date';

test.use({ locale: 'en-US' });

test.describe('filtering the sample board', () => {
  test.beforeEach(async ({ page }) => {
    await serveData(page, datasetFiles(sampleBoard));
  });

  test('lists every announcement newest first, undated last, with facet counts', async ({ page }) => {
    await page.goto('/');
    await expect(resultTitles(page)).toHaveText([FORUM_OPENS, ALICE_MEETS, THAI_FRENCH, UNDATED]);
    await expect(page.getByText('4 announcements', { exact: true })).toBeVisible();
    await expect.poll(() => facetCounts(page, 'Countries')).toEqual({ France: 2, Thailand: 2, Vietnam: 2 });
    await expect
      .poll(() => facetCounts(page, 'People'))
      .toEqual({ 'Alice Moreau': 2, 'Nguyen Van An': 2, 'Somchai Prasert': 2 });
    await expect
      .poll(() => facetCounts(page, 'Events'))
      .toEqual({ '3rd Mekong Innovation Expo': 2, 'Second Forum on Digital Cooperation': 2 });
  });

  test('selected values must all match (AND), and counts follow the results', async ({ page }) => {
    await page.goto('/?country=FR&country=VN');
    await expect(resultTitles(page)).toHaveText([ALICE_MEETS]);
    await expect(page.getByText('1 announcement of 4', { exact: true })).toBeVisible();
    await expect(facet(page, 'Countries').getByRole('checkbox', { name: 'France' })).toBeChecked();
    await expect(facet(page, 'Countries').getByRole('checkbox', { name: 'Vietnam' })).toBeChecked();
    await expect.poll(() => facetCounts(page, 'Countries')).toEqual({ France: 1, Vietnam: 1 });
    await expect.poll(() => facetCounts(page, 'People')).toEqual({ 'Alice Moreau': 1, 'Nguyen Van An': 1 });

    // Clicking a facet narrows further, and pushes a history entry.
    await toggleFacet(page, 'People', 'Alice Moreau');
    await expect(page).toHaveURL('/?person=alice-moreau&country=FR&country=VN');
    await expect(resultTitles(page)).toHaveText([ALICE_MEETS]);
    await page.goBack();
    await expect(page).toHaveURL('/?country=FR&country=VN');
  });

  test('typing on while the page is slow to show what was typed before loses no letter', async ({ page }) => {
    await page.goto('/');
    await expect(resultCards(page)).not.toHaveCount(0);
    // A slow phone: each pause's URL update lands while the next letters are being typed.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    const search = filterPanel(page).getByRole('searchbox', { name: 'Search' });
    await search.pressSequentially('bangkok', { delay: 60 });
    await expect(search).toHaveValue('bangkok');
    await expect(page).toHaveURL('/?q=bangkok', { timeout: 15_000 });
    await expect(search).toHaveValue('bangkok');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });

  test('typing a search updates q without a history entry per keystroke; Escape clears it', async ({
    page,
  }) => {
    await page.goto('/');
    await toggleFacet(page, 'Countries', 'Thailand');
    await expect(page).toHaveURL('/?country=TH');

    const search = filterPanel(page).getByRole('searchbox', { name: 'Search' });
    await search.pressSequentially('bang');
    await expect(page).toHaveURL('/?q=bang&country=TH');
    await search.pressSequentially('kok');
    await expect(page).toHaveURL('/?q=bangkok&country=TH');
    await expect(resultTitles(page)).toHaveText([FORUM_OPENS]);
    await expect(page.getByRole('link', { name: 'Remove filter Search: “bangkok”' })).toBeVisible();

    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(page).toHaveURL('/?country=TH');
    await expect(resultCards(page)).toHaveCount(2);

    // Typing replaced the facet's entry instead of adding one per pause: Back leaves the list page state.
    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(search).toHaveValue('');
    await expect(resultCards(page)).toHaveCount(4);
  });

  test('a facet clicked while a search is still being typed is kept', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    await expect(resultCards(page)).toHaveCount(4);
    // The search box commits after a pause; hold the page's clock so the facet is clicked within it.
    await page.clock.pauseAt(Date.now() + 60_000);
    await filterPanel(page).getByRole('searchbox', { name: 'Search' }).pressSequentially('bang');
    await toggleFacet(page, 'Countries', 'Thailand');
    await expect(page).toHaveURL('/?country=TH');
    await page.clock.resume();
    // The pending search commits on top of the URL as it is then, keeping the facet picked meanwhile.
    await expect(page).toHaveURL('/?q=bang&country=TH');
    await expect(facet(page, 'Countries').getByRole('checkbox', { name: 'Thailand' })).toBeChecked();
  });

  test('a date range from the URL keeps the dated items inside it', async ({ page }) => {
    await page.goto('/?from=2021-03-04&to=2022-06-10');
    await expect(resultTitles(page)).toHaveText([FORUM_OPENS, ALICE_MEETS]);
    await expect(filterPanel(page).getByLabel('From')).toHaveValue('2021-03-04');
    await expect(filterPanel(page).getByLabel('To')).toHaveValue('2022-06-10');
    await expect(page.getByRole('link', { name: 'Remove filter From March 4, 2021' })).toBeVisible();
  });

  test('a date filter leaves undated announcements out', async ({ page }) => {
    await page.goto('/');
    await expect(resultTitles(page)).toContainText([UNDATED]);
    await filterPanel(page).getByLabel('To').fill('2020-11-20');
    await expect(page).toHaveURL('/?to=2020-11-20');
    await expect(resultTitles(page)).toHaveText([THAI_FRENCH]);
  });

  test('no results says so, and "Clear all filters" brings everything back', async ({ page }) => {
    await page.goto('/?country=FR&country=TH&country=VN');
    await expect(page.getByRole('heading', { name: 'No announcement matches these filters' })).toBeVisible();
    await expect(page.getByText('0 announcements of 4', { exact: true })).toBeVisible();
    await expect(resultCards(page)).toHaveCount(0);

    await page.getByRole('link', { name: 'Clear all filters', exact: true }).click();
    await expect(page).toHaveURL('/');
    await expect(resultCards(page)).toHaveCount(4);
    await expect(filterPanel(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  test('an unknown value is shown as a removable chip', async ({ page }) => {
    await page.goto('/?person=nobody&country=FR');
    const chip = page.getByRole('link', { name: 'Remove filter Unknown person: nobody' });
    await expect(chip).toHaveText(/Unknown person: nobody/);
    await expect(resultCards(page)).toHaveCount(0);

    await chip.click();
    await expect(page).toHaveURL('/?country=FR');
    await expect(chip).toBeHidden();
    await expect(resultTitles(page)).toHaveText([ALICE_MEETS, THAI_FRENCH]);
  });

  test('an invalid date is ignored and the notice says which part', async ({ page }) => {
    await page.goto('/?from=2020-13-01');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Parts of this link were not understood and are ignored' });
    await expect(notice).toContainText('“from” must be a date written YYYY-MM-DD (from=2020-13-01)');
    await expect(resultCards(page)).toHaveCount(4);

    await notice.getByRole('link', { name: 'Tidy the link' }).click();
    await expect(page).toHaveURL('/');
    await expect(notice).toBeHidden();
  });
});

test.describe('a long list', () => {
  const COUNT = 250;
  const LAST = `Numbered announcement ${COUNT}`;

  test.beforeEach(async ({ page }) => {
    const many = Array.from({ length: COUNT }, (_, i) =>
      makeAnnouncement({
        title: `Numbered announcement ${String(i + 1).padStart(3, '0')}`,
        date: '2019-01-01',
      }),
    );
    await serveData(page, datasetFiles(many));
    await page.goto('/');
    await expect(page.getByText(`${COUNT} announcements`, { exact: true })).toBeVisible();
  });

  /** Scrolls down until the last announcement is on screen; more rows load on the way. */
  async function scrollToLast(page: Page) {
    const last = page.getByRole('link', { name: LAST });
    await expect(async () => {
      await page.mouse.wheel(0, 5000);
      await expect(last).toBeInViewport({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
  }

  test('keeps only a window of rows in the page, and scrolling reaches the last one', async ({ page }) => {
    await expect(resultTitles(page).first()).toHaveText('Numbered announcement 001');
    expect(await resultCards(page).count()).toBeLessThan(60);
    await scrollToLast(page);
    const lastRow = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: LAST }) });
    await expect(lastRow).toHaveAttribute('aria-posinset', String(COUNT));
    await expect(lastRow).toHaveAttribute('aria-setsize', String(COUNT));
  });

  test('brings the reader back to where they were after a detail', async ({ page }) => {
    await scrollToLast(page);
    await page.getByRole('link', { name: LAST }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LAST);
    await page.goBack();
    await expect(page.getByRole('link', { name: LAST })).toBeInViewport();
  });
});

test('the results stay readable, page by page, when the windowing code cannot be loaded', async ({
  page,
}) => {
  await page.route('**/virtual-announcement-list*', (route) => route.abort());
  const many = Array.from({ length: 230 }, (_, i) =>
    makeAnnouncement({ title: `Paged announcement ${String(i + 1).padStart(3, '0')}`, date: '2019-01-01' }),
  );
  await serveData(page, datasetFiles(many));
  await page.goto('/');
  await expect(resultTitles(page).first()).toHaveText('Paged announcement 001');
  // The first answer is a screenful (20), each page after it 100.
  await expect(resultCards(page)).toHaveCount(20);
  await page.getByRole('button', { name: 'More results' }).click();
  await expect(resultCards(page)).toHaveCount(120);
  await page.getByRole('button', { name: 'More results' }).click();
  await expect(resultCards(page)).toHaveCount(220);
  await page.getByRole('button', { name: 'More results' }).click();
  await expect(resultCards(page)).toHaveCount(230);
  await expect(resultTitles(page).last()).toHaveText('Paged announcement 230');
  await expect(page.getByRole('button', { name: 'More results' })).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters open in a drawer, and search and facets work there', async ({ page }) => {
    await serveData(page, datasetFiles(sampleBoard));
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /^Search and filters/ });
    await expect(filterPanel(page)).toBeHidden();

    await toggle.click();
    const search = filterPanel(page).getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeFocused();
    await search.fill('bangkok');
    await expect(page).toHaveURL('/?q=bangkok');
    await filterPanel(page).getByRole('button', { name: 'Show 1 result' }).click();
    await expect(filterPanel(page)).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveText('Search and filters (1 active)');
    await expect(resultTitles(page)).toHaveText([FORUM_OPENS]);

    await toggle.click();
    await toggleFacet(page, 'Countries', 'Thailand');
    await expect(page).toHaveURL('/?q=bangkok&country=TH');
    await page.keyboard.press('Escape');
    await expect(filterPanel(page)).toBeHidden();
  });
});

test.describe('full-text search over bodies', () => {
  const board = [
    makeAnnouncement({
      title: 'Ministers Review Cooperation',
      date: '2023-05-02',
      paragraphs: ['The two sides visited a photovoltaic plant near the river.', 'They signed nothing.'],
    }),
    makeAnnouncement({
      title: 'Delegation Tours Laboratories',
      date: '2023-04-01',
      paragraphs: ['A photovoltaic laboratory opened its doors to the delegation.'],
    }),
    makeAnnouncement({
      title: 'Annual Report Published',
      date: '2023-03-01',
      paragraphs: ['Figures for the year.'],
    }),
  ];

  test.beforeEach(async ({ page }) => {
    await serveData(page, datasetFiles(board));
  });

  test('a word only in the bodies finds them; prefixes, phrases and -exclusions work', async ({ page }) => {
    await page.goto('/?q=photovoltaic');
    await expect(resultTitles(page)).toHaveText([
      'Ministers Review Cooperation',
      'Delegation Tours Laboratories',
    ]);
    await page.goto('/?q=photovolt');
    await expect(resultCards(page)).toHaveCount(2);
    await page.goto(`/?q=${encodeURIComponent('"photovoltaic plant"')}`);
    await expect(resultTitles(page)).toHaveText(['Ministers Review Cooperation']);
    await page.goto(`/?q=${encodeURIComponent('photovoltaic -river')}`);
    await expect(resultTitles(page)).toHaveText(['Delegation Tours Laboratories']);
  });
});

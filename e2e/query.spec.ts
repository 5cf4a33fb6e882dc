import { datasetFiles, makeAnnouncement, makePerson, sampleBoard } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import {
  FIRST_ANSWER,
  facet,
  facetCounts,
  filterPanel,
  resultCards,
  resultTitles,
  toggleFacet,
} from './helpers';

// The sample board's titles, in the order the factory lists them.
const [ALICE_MEETS = '', FORUM_OPENS = '', THAI_FRENCH = '', UNDATED = ''] = sampleBoard.map((a) => a.title);

test.use({ locale: 'en-US' });

test.describe('any, all and not per facet', () => {
  test.beforeEach(async ({ page }) => {
    await serveData(page, datasetFiles(sampleBoard));
  });

  test('a facet switches to any, counts disjunctively, and a value can be excluded', async ({ page }) => {
    await page.goto('/');
    const countries = facet(page, 'Countries');
    await expect(countries.getByRole('radio')).toHaveCount(0);
    await toggleFacet(page, 'Countries', 'Thailand');
    await expect(page).toHaveURL('/?country=TH');
    await expect.poll(() => facetCounts(page, 'Countries')).toEqual({ Thailand: 2, France: 1, Vietnam: 1 });

    // Any: each count says what choosing that country as well would match, the others' filters kept.
    await countries.getByRole('radio', { name: 'Any' }).click();
    await expect(page).toHaveURL('/?country=TH&country_mode=any');
    await expect(countries.getByRole('radio', { name: 'Any' })).toBeChecked();
    await expect.poll(() => facetCounts(page, 'Countries')).toEqual({ Thailand: 2, France: 2, Vietnam: 2 });
    await toggleFacet(page, 'Countries', 'France');
    await expect(page).toHaveURL('/?country=FR&country=TH&country_mode=any');
    await expect(resultTitles(page)).toHaveText([FORUM_OPENS, ALICE_MEETS, THAI_FRENCH]);
    await expect(
      page.getByRole('link', { name: 'Remove filter Country: any of France, Thailand' }),
    ).toBeVisible();

    // Exclude with the keyboard: leave out what mentions Vietnam.
    const exclude = countries.getByRole('button', { name: 'Exclude Vietnam' });
    await exclude.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL('/?country=FR&country=TH&country_mode=any&not_country=VN');
    await expect(exclude).toHaveAttribute('aria-pressed', 'true');
    await expect(resultTitles(page)).toHaveText([THAI_FRENCH]);
    await expect(page.getByRole('link', { name: 'Remove filter Not Vietnam' })).toBeVisible();

    // Back undoes the exclusion; All brings back "every selected value must match".
    await page.goBack();
    await expect(page).toHaveURL('/?country=FR&country=TH&country_mode=any');
    await expect(resultCards(page)).toHaveCount(3);
    await countries.getByRole('radio', { name: 'All' }).click();
    await expect(page).toHaveURL('/?country=FR&country=TH');
    await expect(resultTitles(page)).toHaveText([THAI_FRENCH]);
    await expect.poll(() => facetCounts(page, 'Countries')).toEqual({ France: 1, Thailand: 1 });
  });

  test('the any-chip removes the whole choice; the not-chip its exclusion', async ({ page }) => {
    await page.goto('/?country=FR&country=TH&country_mode=any&not_person=nguyen-van-an');
    await expect(resultTitles(page)).toHaveText([THAI_FRENCH]);
    await page.getByRole('link', { name: 'Remove filter Not Nguyen Van An' }).click();
    await expect(page).toHaveURL('/?country=FR&country=TH&country_mode=any');
    await expect(resultCards(page)).toHaveCount(3);
    await page.getByRole('link', { name: 'Remove filter Country: any of France, Thailand' }).click();
    await expect(page).toHaveURL('/');
    await expect(resultCards(page)).toHaveCount(4);
  });

  test('an excluded value can be selected again from its checkbox', async ({ page }) => {
    await page.goto('/?not_person=alice-moreau');
    await expect(resultTitles(page)).toHaveText([FORUM_OPENS, UNDATED]);
    await toggleFacet(page, 'People', 'Alice Moreau');
    await expect(page).toHaveURL('/?person=alice-moreau');
    await expect(resultTitles(page)).toHaveText([ALICE_MEETS, THAI_FRENCH]);
  });

  test('a bad mode or sort is reported like any bad value, and the defaults are used', async ({ page }) => {
    await page.goto('/?country_mode=some&sort=best&country=FR&country=VN');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Parts of this link were not understood and are ignored' });
    // The notice comes with the first results (decision 0021).
    await expect(notice).toContainText(
      '“country_mode” must be “all” or “any” (country_mode=some)',
      FIRST_ANSWER,
    );
    await expect(notice).toContainText('(sort=best)');
    await expect(resultTitles(page)).toHaveText([ALICE_MEETS]);
    await notice.getByRole('link', { name: 'Tidy the link' }).click();
    await expect(page).toHaveURL('/?country=FR&country=VN');
  });
});

test.describe('sort', () => {
  test('newest, oldest, and best match once there is a search text', async ({ page }) => {
    const board = [
      makeAnnouncement({ title: 'Budget talks', date: '2020-01-05', places: ['Expo hall'] }),
      makeAnnouncement({ title: 'Expo opens', date: '2020-01-01' }),
      makeAnnouncement({ title: 'Expo visit: the expo grows', date: '2019-01-01' }),
      makeAnnouncement({ title: 'Expo closes', date: '2020-01-03' }),
    ];
    await serveData(page, datasetFiles(board));
    await page.goto('/');
    const sort = page.getByRole('combobox', { name: 'Sort' });
    await expect(sort).toHaveValue('newest', FIRST_ANSWER);
    await expect(sort.getByRole('option', { name: 'Best match' })).toBeDisabled();
    await expect(resultTitles(page)).toHaveText([
      'Budget talks',
      'Expo closes',
      'Expo opens',
      'Expo visit: the expo grows',
    ]);

    await sort.selectOption('oldest');
    await expect(page).toHaveURL('/?sort=oldest');
    await expect(resultTitles(page)).toHaveText([
      'Expo visit: the expo grows',
      'Expo opens',
      'Expo closes',
      'Budget talks',
    ]);

    await filterPanel(page).getByRole('searchbox', { name: 'Search' }).fill('expo');
    await expect(page).toHaveURL('/?q=expo&sort=oldest');
    await sort.selectOption('relevance');
    await expect(page).toHaveURL('/?q=expo&sort=relevance');
    // Two title matches first; a title match before a place match; ties newest first.
    await expect(resultTitles(page)).toHaveText([
      'Expo visit: the expo grows',
      'Expo closes',
      'Expo opens',
      'Budget talks',
    ]);

    // Without a search text, best match falls back to newest first and says so.
    await filterPanel(page).getByRole('searchbox', { name: 'Search' }).press('Escape');
    await expect(page).toHaveURL('/?sort=relevance');
    await expect(page.getByText('Best match needs a search text: newest first meanwhile.')).toBeVisible();
    await expect(resultTitles(page).first()).toHaveText('Budget talks');

    // An exclusion alone has no words to rank by: the same fallback, said the same way.
    await page.goto('/?q=-budget&sort=relevance');
    await expect(sort.getByRole('option', { name: 'Best match' })).toBeDisabled();
    await expect(page.getByText('Best match needs a search text: newest first meanwhile.')).toBeVisible();
    await expect(resultTitles(page)).toHaveText(['Expo closes', 'Expo opens', 'Expo visit: the expo grows']);
  });
});

test.describe('snippets and marks', () => {
  const board = [
    makeAnnouncement({
      title: 'Talks in Hà Nội on Mekong research',
      date: '2021-05-01',
      places: ['Hà Nội'],
      people: [makePerson('Nguyễn Thị Lan', 'VN')],
      countries: ['VN'],
      paragraphs: [
        'The minister opened the fair on Monday. Nguyễn Thị Lan toured the Mekong laboratories with the delegation.',
        'Both sides agreed to meet again.',
      ],
    }),
    makeAnnouncement({
      title: 'Budget review',
      date: '2021-04-01',
      paragraphs: ['The ministry reviewed its budget for the year.'],
    }),
  ];

  test('each result shows a sentence; a search picks the matching one and marks its words', async ({
    page,
  }) => {
    await serveData(page, datasetFiles(board));
    await page.goto('/');
    const first = resultCards(page).first();
    await expect(first.getByText('The minister opened the fair on Monday.')).toBeVisible();
    await expect(
      resultCards(page).nth(1).getByText('The ministry reviewed its budget for the year.'),
    ).toBeVisible();

    await page.goto('/?q=NGUYEN%20mekong');
    await expect(resultCards(page)).toHaveCount(1);
    await expect(first.getByText(/toured the Mekong laboratories/)).toBeVisible();
    // Case and accents are ignored, as in the search: "NGUYEN" marks "Nguyễn".
    await expect(first.locator('mark')).toHaveText(['Mekong', 'Nguyễn', 'Mekong']);

    // The detail keeps the words marked, and can drop the marks.
    await first.getByRole('link', { name: /Talks in Hà Nội/ }).click();
    await expect(page).toHaveURL(/\/announcements\/talks-in-ha-noi-on-mekong-research\?hl=NGUYEN\+mekong$/);
    await expect(page.getByRole('heading', { level: 1 }).locator('mark')).toHaveText(['Mekong']);
    await expect(page.getByRole('article').locator('p mark')).toHaveText(['Nguyễn', 'Mekong']);
    await page.getByRole('link', { name: 'Remove the marks' }).click();
    await expect(page).toHaveURL('/announcements/talks-in-ha-noi-on-mekong-research');
    await expect(page.locator('mark')).toHaveCount(0);
    // Back to results still works after removing the marks.
    await page.getByRole('button', { name: '← Back to results' }).click();
    await expect(page).toHaveURL('/?q=NGUYEN%20mekong');
  });
});

test.describe('matching sentences of rows further down', () => {
  // Dated one day apart, newest first: "Report 0" heads the list, "Report 129" ends it (on the second page).
  const board = Array.from({ length: 130 }, (_, i) =>
    makeAnnouncement({
      title: `Report ${i}`,
      date: new Date(Date.UTC(2021, 0, 1) - i * 86_400_000).toISOString().slice(0, 10),
      paragraphs: ['Opening remarks were made by the hosts.', `Mr. Lee opened vaccine centre ${i}.`],
    }),
  );

  test('are read as the rows show, beyond the first screenful and on later pages', async ({ page }) => {
    await serveData(page, datasetFiles(board));
    await page.goto('/?q=vaccine');
    // The first rows' sentences may come just after the results, when their files are slow (decision 0025).
    await expect(resultCards(page).first().locator('mark')).toHaveText(['vaccine'], { timeout: 15_000 });
    const last = resultCards(page).filter({ hasText: 'Report 129' });
    await expect(async () => {
      await page.evaluate(() => {
        window.scrollTo(0, document.body.scrollHeight);
      });
      await expect(last).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 20_000 });
    await expect(last.getByText('Mr. Lee opened vaccine centre 129.')).toBeVisible();
    await expect(last.locator('mark')).toHaveText(['vaccine']);
  });
});

test.describe('the date histogram', () => {
  const board = [
    makeAnnouncement({ title: 'Spring talks', date: '2017-04-02', countries: ['FR'] }),
    makeAnnouncement({ title: 'Autumn talks', date: '2017-10-20', countries: ['FR'] }),
    makeAnnouncement({ title: 'Meeting', date: '2019-03-03', countries: ['TH'] }),
    makeAnnouncement({ title: 'Visit', date: '2020-07-07', countries: ['FR', 'TH'] }),
    makeAnnouncement({ title: 'Undated note', date: null }),
  ];

  test('bars per year filter by their period with the keyboard, then per month; Back undoes', async ({
    page,
  }) => {
    await serveData(page, datasetFiles(board));
    await page.goto('/');
    const chart = page.getByRole('figure', { name: 'Announcements per year' });
    const bars = chart.getByRole('button');
    await expect(bars).toHaveCount(4);
    await expect(chart.getByRole('button', { name: '2017: 2 announcements' })).toBeVisible();
    await expect(chart.getByRole('button', { name: '2018: 0 announcements' })).toBeVisible();
    if (process.env.SCREENSHOTS === '1') {
      // For a person to look at, light and dark, at a phone's width too.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width: 390, height: 800 });
        await chart.screenshot({ path: `screenshots/histogram-390-${colorScheme}.png` });
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 720 });
    }

    // One tab stop (the newest year); arrows move, Enter chooses.
    const newest = chart.getByRole('button', { name: '2020: 1 announcement' });
    await expect(newest).toHaveAttribute('tabindex', '0');
    await newest.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(chart.getByRole('button', { name: '2017: 2 announcements' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/?from=2017-01-01&to=2017-12-31');
    await expect(resultTitles(page)).toHaveText(['Autumn talks', 'Spring talks']);

    // Within two years the bars are months.
    const months = page.getByRole('figure', { name: 'Announcements per month' });
    await expect(months.getByRole('button', { name: /2017: / })).toHaveCount(7);
    await months.getByRole('button', { name: 'April 2017: 1 announcement' }).click();
    await expect(page).toHaveURL('/?from=2017-04-01&to=2017-04-30');
    await expect(resultTitles(page)).toHaveText(['Spring talks']);
    await expect(months.getByRole('button', { name: 'April 2017: 1 announcement' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(resultCards(page)).toHaveCount(5);
  });

  test('focus stays in the chart as its bars change, and the dates in force can be widened', async ({
    page,
  }) => {
    await serveData(page, datasetFiles(board));
    await page.goto('/');
    const years = page.getByRole('figure', { name: 'Announcements per year' });
    await expect(years.getByRole('button', { name: 'Show all dates' })).toHaveCount(0);
    await years.getByRole('button', { name: '2017: 2 announcements' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/?from=2017-01-01&to=2017-12-31');

    // The year's bars are months, none of them the year: "Show all dates" is what is in force, and has focus.
    const months = page.getByRole('figure', { name: 'Announcements per month' });
    const widen = months.getByRole('button', { name: 'Show all dates' });
    await expect(months.getByRole('button', { name: /2017: / })).toHaveCount(7);
    await expect(widen).toBeFocused();
    await expect(months.locator('[aria-pressed="true"]')).toHaveCount(0);

    const april = months.getByRole('button', { name: 'April 2017: 1 announcement' });
    await april.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/?from=2017-04-01&to=2017-04-30');
    await expect(april).toHaveAttribute('aria-pressed', 'true');
    await expect(april).toBeFocused();

    // Choosing the bar in force again widens: the month bars give way to years, and focus stays on the chart.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/');
    await expect(years.getByRole('button', { name: /: \d+ announcements?$/ })).toHaveCount(4);
    await expect(years).toBeFocused();

    await years.getByRole('button', { name: '2017: 2 announcements' }).click();
    await expect(widen).toBeVisible();
    await widen.click();
    await expect(page).toHaveURL('/');
    await expect(resultCards(page)).toHaveCount(5);
    await expect(years).toBeFocused();
  });

  test('an entity page applies only dates from its address, says so, and its chart keeps only dates', async ({
    page,
  }) => {
    await serveData(page, datasetFiles(board));
    await page.goto('/countries/FR?q=spring&country=TH');
    const timeline = page.getByRole('region', { name: 'Announcements, newest first' });
    await expect(timeline.getByRole('article')).toHaveCount(3);
    await expect(page.getByText('the other filters in its address are not applied')).toBeVisible();
    await expect(page.getByRole('link', { name: 'See these filters in the list' })).toHaveAttribute(
      'href',
      '/?q=spring&country=FR&country=TH',
    );
    await page
      .getByRole('figure', { name: 'Announcements per year' })
      .getByRole('button', { name: '2017: 2 announcements' })
      .click();
    await expect(page).toHaveURL('/countries/FR?from=2017-01-01&to=2017-12-31');
    await expect(timeline.getByRole('article')).toHaveCount(2);
    await expect(page.getByText('the other filters in its address are not applied')).toHaveCount(0);
  });

  test('an entity page has its own chart, which narrows its announcements', async ({ page }) => {
    await serveData(page, datasetFiles(board));
    await page.goto('/countries/FR');
    const chart = page.getByRole('figure', { name: 'Announcements per year' });
    await chart.getByRole('button', { name: '2017: 2 announcements' }).click();
    await expect(page).toHaveURL('/countries/FR?from=2017-01-01&to=2017-12-31');
    const timeline = page.getByRole('region', { name: 'Announcements, newest first' });
    await expect(timeline.getByRole('article')).toHaveCount(2);
    await page.getByRole('link', { name: 'Remove filter From January 1, 2017' }).click();
    await expect(page).toHaveURL('/countries/FR?to=2017-12-31');
    await page.getByRole('link', { name: 'Clear all' }).click();
    await expect(page).toHaveURL('/countries/FR');
    await expect(timeline.getByRole('article')).toHaveCount(3);
  });
});

import { datasetFiles, sampleBoard } from '../src/testing/announcement-factory';
import { SAMPLE_ID, expect, serveData, test } from './fixtures';
import { resultCards } from './helpers';

const TITLE =
  'Party Group Secretary Wang Zhigang Meets with Chair of Cambodian Science and Technology Commission Tung Ciny';

test.use({ locale: 'en-US' });

test.describe('entity pages on the bundled data', () => {
  test('a person page shows their country, titles over time, company and announcements', async ({ page }) => {
    await page.goto('/');
    await resultCards(page).getByRole('link', { name: 'Wang Zhigang, person' }).click();
    await expect(page).toHaveURL('/people/wang-zhigang');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wang Zhigang');
    await expect(page).toHaveTitle('Wang Zhigang · Announcement Reader');
    const about = page.getByRole('complementary', { name: 'About Wang Zhigang' });
    await expect(
      about.getByText('Vice Minister of the Ministry of Science and Technology (MOST)'),
    ).toBeVisible();
    await expect(about.getByRole('link', { name: 'Tung Ciny' })).toHaveAttribute('href', '/people/tung-ciny');
    await expect(resultCards(page).getByRole('link', { name: TITLE })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/feeds/people/wang-zhigang.xml',
    );
    await page.getByRole('link', { name: 'Filter the list by this person' }).click();
    await expect(page).toHaveURL('/?person=wang-zhigang');
  });

  test('a country page works from a lower-case deep link and lists its people', async ({ page }) => {
    await page.goto('/countries/kh');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Cambodia');
    const about = page.getByRole('complementary', { name: 'About Cambodia' });
    await expect(about.getByRole('region', { name: 'People from Cambodia' }).getByRole('link')).toHaveText([
      'Tung Ciny',
    ]);
  });

  test('an event page lists the editions of its series', async ({ page }) => {
    await page.goto('/events/14th-china-asean-expo');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('14th China-ASEAN Expo');
    await expect(page.getByText('Editions of this series')).toBeVisible();
  });

  test('an organisation has a page: its announcements, people seen with it, countries, feed', async ({
    page,
  }) => {
    await page.goto(`/announcements/${SAMPLE_ID}`);
    const panel = page.getByRole('complementary', {
      name: 'People, countries and events in this announcement',
    });
    await expect(panel.locator('a[href^="/organizations/"]')).toHaveCount(8);
    await panel
      .getByRole('link', { name: 'Cambodian Science and Technology Commission', exact: true })
      .click();
    await expect(page).toHaveURL('/organizations/cambodian-science-and-technology-commission');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Cambodian Science and Technology Commission',
    );
    await expect(page).toHaveTitle('Cambodian Science and Technology Commission · Announcement Reader');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Organisations');
    const about = page.getByRole('complementary', {
      name: 'About Cambodian Science and Technology Commission',
    });
    await expect(about.getByRole('region', { name: 'People seen with it' }).getByRole('link')).toHaveText([
      'Tung Ciny',
      'Wang Zhigang',
      'Ye Dongbai',
    ]);
    await expect(about.getByRole('region', { name: 'Countries' }).getByRole('link')).toHaveCount(2);
    await expect(about.getByRole('region', { name: 'Other organisations' }).getByRole('link')).toHaveCount(7);
    await expect(resultCards(page).getByRole('link', { name: TITLE })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/feeds/organizations/cambodian-science-and-technology-commission.xml',
    );
    await page.getByRole('link', { name: 'Filter the list by this organisation' }).click();
    await expect(page).toHaveURL('/?org=cambodian-science-and-technology-commission');
    await expect(page.getByRole('group', { name: 'Active filters' })).toContainText(
      'Organisation: Cambodian Science and Technology Commission',
    );
    await expect(resultCards(page)).toHaveCount(1);
  });

  test('the list filters by organisation from its facet, and an unknown one says so', async ({ page }) => {
    await serveData(page, datasetFiles(sampleBoard));
    await page.goto('/');
    const orgs = page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('region', { name: 'Organisations' });
    await orgs.getByRole('checkbox', { name: /UNESCO/ }).click();
    await expect(page).toHaveURL('/?org=unesco');
    await expect(resultCards(page)).toHaveCount(2);
    await page.goto('/?org=no-such-body');
    await expect(page.getByRole('group', { name: 'Active filters' })).toContainText(
      'Unknown organisation: no-such-body',
    );
    await page.goto('/organizations/no-such-body');
    await expect(page.getByRole('heading', { level: 1, name: 'No such organisation' })).toBeVisible();
  });

  test('an unknown person says so', async ({ page }) => {
    await page.goto('/people/nobody-at-all');
    await expect(page.getByRole('heading', { level: 1, name: 'No such person' })).toBeVisible();
  });

  test('names in the text link to their pages', async ({ page }) => {
    await page.goto(`/announcements/${SAMPLE_ID}`);
    await page.getByRole('article').getByRole('link', { name: 'Tung Ciny' }).click();
    await expect(page).toHaveURL('/people/tung-ciny');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tung Ciny');
  });
});

test.describe('sharing and feeds', () => {
  test('an announcement link unfurls: its own title, description and Open Graph tags', async ({
    request,
  }) => {
    const html = await (await request.get(`/announcements/${SAMPLE_ID}`)).text();
    expect(html).toContain(`<title>${TITLE} · Announcement Reader</title>`);
    expect(html).toContain(`<meta property="og:title" content="${TITLE}" />`);
    expect(html).toMatch(/<meta property="og:description" content="On September 12, 2017, [^"]+" \/>/);
    expect(html).toContain('<div id="root">');
  });

  test('feeds exist for the board and for each person, country, event and organisation', async ({
    request,
  }) => {
    for (const path of [
      '/feeds/organizations/ministry-of-science-and-technology-most.xml',
      '/feeds/board.xml',
      '/feeds/people/tung-ciny.xml',
      '/feeds/countries/KH.xml',
      '/feeds/events/14th-china-asean-expo.xml',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const xml = await response.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(xml).toContain(`<title>${TITLE}</title>`);
    }
  });

  test('Share copies the link and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/announcements/${SAMPLE_ID}`);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});

test('related announcements share people, events and countries', async ({ page }) => {
  await serveData(page, datasetFiles(sampleBoard));
  const [alice] = sampleBoard;
  await page.goto(`/announcements/${alice?.id ?? ''}`);
  const related = page.getByRole('region', { name: 'Related announcements' });
  await expect(related.getByRole('link')).toHaveText([
    'Thai and French Researchers Sign Agreement',
    'Vice Minister Nguyen Van An Opens Digital Forum',
  ]);
});

test('a keyboard-only reader can search, move through results and open one', async ({ page }) => {
  await serveData(page, datasetFiles(sampleBoard));
  await page.goto('/');
  await expect(resultCards(page)).toHaveCount(4);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await page.keyboard.press('/');
  const search = page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeFocused();
  await page.keyboard.type('minister');
  // A text query fetches its words' chunks first: allow for a busy machine.
  await expect(resultCards(page)).toHaveCount(2, { timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(resultCards(page)).toHaveCount(4);

  await search.blur();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const second = resultCards(page).nth(1).getByRole('heading').getByRole('link');
  await expect(second).toBeFocused();
  await page.keyboard.press('k');
  await expect(resultCards(page).first().getByRole('heading').getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/announcements\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

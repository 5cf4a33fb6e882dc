import type { Page } from '@playwright/test';
import { SAMPLE_ID, expect, test } from './fixtures';
import { facet, filterPanel, resultCards, toggleFacet } from './helpers';

/** The bundled real announcement in public/data, as a reader should see it. */
const TITLE =
  'Party Group Secretary Wang Zhigang Meets with Chair of Cambodian Science and Technology Commission Tung Ciny';
const PEOPLE = [
  {
    name: 'Wang Zhigang',
    country: 'China',
    titles: [
      'Party Group Secretary of the Ministry of Science and Technology (MOST)',
      'Vice Minister of the Ministry of Science and Technology (MOST)',
    ],
  },
  {
    name: 'Tung Ciny',
    country: 'Cambodia',
    titles: [
      'Chair of ASEAN Committee on Science and Technology',
      'Chair of Cambodian Science and Technology Commission',
      'Deputy Secretary of State of the Ministry of Industry and Handicraft of Cambodia',
    ],
  },
  {
    name: 'Ye Dongbai',
    country: 'China',
    titles: ['Director-General of International Cooperation of the MOST'],
  },
];
const EVENTS = [
  '14th China-ASEAN Expo',
  'Fifth Forum on China-ASEAN Technology Transfer and Collaborative Innovation',
  'China-ASEAN Year of Innovation',
];
const PARAGRAPH_STARTS = [
  'On September 12, 2017, Party Group Secretary and Vice Minister',
  'Secretary Wang Zhigang pointed out that China and Cambodia',
  'Tung Ciny said he was honored to lead the Cambodian delegation',
  'Ye Dongbai, Director-General of International Cooperation of the MOST',
];

test.use({ locale: 'en-US' });

test.describe('reading the bundled announcement', () => {
  test('the list shows the announcement with its date and chips', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Announcements' })).toBeVisible();
    await expect(page.getByText('1 announcement', { exact: true })).toBeVisible();

    const card = resultCards(page);
    await expect(card).toHaveCount(1);
    await expect(card.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(card.getByText('September 12, 2017', { exact: true })).toBeVisible();
    await expect(card.getByText(/^On September 12, 2017, Party Group Secretary/)).toBeVisible();
    const chips = card.getByRole('list', { name: 'Mentioned' }).getByRole('link');
    await expect(chips).toHaveText([
      'Wang Zhigang',
      'Tung Ciny',
      'Ye Dongbai',
      /China/,
      /Cambodia/,
      ...EVENTS,
    ]);
    // Chips lead to the pages of the people, countries and events they name.
    await expect(card.getByRole('link', { name: 'Cambodia, country' })).toHaveAttribute(
      'href',
      '/countries/KH',
    );
    await expect(card.getByRole('link', { name: 'Wang Zhigang, person' })).toHaveAttribute(
      'href',
      '/people/wang-zhigang',
    );
  });

  test('the detail shows the whole announcement and its people, countries and events', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(`/announcements/${SAMPLE_ID}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page).toHaveTitle(`${TITLE} · Announcement Reader`);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('listitem')).toHaveText(['Home', 'Announcement Board', TITLE]);
    await expect(breadcrumb.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');

    const article = page.getByRole('article');
    await expect(article.getByText('September 12, 2017', { exact: true })).toBeVisible();
    await expect(article.getByRole('paragraph')).toHaveText([
      'September 12, 2017',
      ...PARAGRAPH_STARTS.map((start) => new RegExp(`^${start.replace(/[()]/g, '\\$&')}`)),
      /^Source:/,
    ]);

    const panel = page.getByRole('complementary', {
      name: 'People, countries and events in this announcement',
    });
    for (const person of PEOPLE) {
      const entry = panel
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: person.name, exact: true }) });
      await expect(entry).toContainText(new RegExp(`\\(.*${person.country}\\)`)); // the flag before the name is decoration
      await expect(entry.getByRole('listitem')).toHaveText(person.titles);
    }
    await expect(panel.getByRole('link', { name: 'China', exact: true })).toHaveAttribute(
      'href',
      '/countries/CN',
    );
    await expect(panel.getByRole('link', { name: 'Filter the list by China', exact: true })).toHaveAttribute(
      'href',
      '/?country=CN',
    );
    await expect(
      panel.getByRole('link', { name: 'Filter the list by Cambodia', exact: true }),
    ).toHaveAttribute('href', '/?country=KH');
    for (const event of EVENTS)
      await expect(panel.getByRole('link', { name: event, exact: true })).toBeVisible();
    await expect(panel.getByText('ASEAN', { exact: true })).toBeVisible();
  });

  test.describe("the list's switch to the windowed list", () => {
    /** Holds the windowed list's code back until the returned function is called, and waits for it. */
    async function holdWindowedList(page: Page): Promise<() => Promise<void>> {
      let release: (() => void) | undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/virtual-announcement-list*', async (route) => {
        await held;
        await route.continue();
      });
      return async () => {
        const loaded = page.waitForResponse('**/virtual-announcement-list*');
        release?.();
        await loaded;
      };
    }
    // The windowed list is laid out with positioned rows; the plain one it replaces is not.
    const windowed = (page: Page) =>
      expect(page.getByRole('list', { name: 'Announcements' })).toHaveCSS('position', 'relative');

    test('does not lose a click pressed before it and released after', async ({ page }) => {
      const release = await holdWindowedList(page);
      await page.goto('/');
      // The title wraps: a point on its first line, not in the gap between lines.
      const box = await page.getByRole('link', { name: TITLE }).boundingBox();
      if (!box) throw new Error('the title link has no box');
      await page.mouse.move(box.x + 8, box.y + 8);
      await page.mouse.down();
      await release();
      // Long enough for the code to run and the switch to be due, while the button is still down.
      await page.waitForTimeout(300);
      await page.mouse.up();
      await expect(page).toHaveURL(`/announcements/${SAMPLE_ID}`);
    });

    test('keeps the focus on the link it was on', async ({ page }) => {
      const release = await holdWindowedList(page);
      await page.goto('/');
      const link = page.getByRole('link', { name: TITLE });
      await link.focus();
      await release();
      await windowed(page);
      await expect(link).toBeFocused();
    });
  });

  test('a person on the detail leads to the list filtered by that person', async ({ page }) => {
    await page.goto(`/announcements/${SAMPLE_ID}`);
    await page
      .getByRole('complementary', { name: 'People, countries and events in this announcement' })
      .getByRole('link', { name: 'Filter the list by Wang Zhigang' })
      .click();

    await expect(page).toHaveURL('/?person=wang-zhigang');
    await expect(facet(page, 'People').getByRole('checkbox', { name: 'Wang Zhigang' })).toBeChecked();
    await expect(page.getByRole('link', { name: 'Remove filter Person: Wang Zhigang' })).toBeVisible();
    await expect(page.getByText('1 announcement of 1', { exact: true })).toBeVisible();
    await expect(resultCards(page)).toHaveCount(1);
  });

  test('a filter survives a visit to the detail and Back; a second Back removes it', async ({ page }) => {
    await page.goto('/');
    const cambodia = facet(page, 'Countries').getByRole('checkbox', { name: 'Cambodia' });
    await toggleFacet(page, 'Countries', 'Cambodia');
    await expect(page).toHaveURL('/?country=KH');

    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

    await page.goBack();
    await expect(page).toHaveURL('/?country=KH');
    await expect(cambodia).toBeChecked();
    await expect(page.getByRole('link', { name: 'Remove filter Country: Cambodia' })).toBeVisible();

    // The detail's own "Back to results" returns to the same filtered list.
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('button', { name: '← Back to results' }).click();
    await expect(page).toHaveURL('/?country=KH');
    await expect(cambodia).toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(cambodia).not.toBeChecked();
    await expect(filterPanel(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
  });
});

test.describe('deep links in a fresh browser', () => {
  test('a filtered list link shows the match and the checked filters', async ({ page }) => {
    await page.goto('/?country=KH&person=tung-ciny');
    await expect(page.getByText('1 announcement of 1', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(facet(page, 'Countries').getByRole('checkbox', { name: 'Cambodia' })).toBeChecked();
    await expect(facet(page, 'People').getByRole('checkbox', { name: 'Tung Ciny' })).toBeChecked();
    await expect(facet(page, 'Countries').getByRole('checkbox', { name: 'China' })).not.toBeChecked();
  });

  test('a detail link works when opened and when reloaded', async ({ page }) => {
    await page.goto(`/announcements/${SAMPLE_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByRole('link', { name: '← All announcements' })).toHaveAttribute('href', '/');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(
      page
        .getByRole('complementary', { name: 'People, countries and events in this announcement' })
        .getByRole('link', { name: 'Wang Zhigang', exact: true }),
    ).toBeVisible();
  });
});

test.describe('addresses that lead nowhere', () => {
  test('an unknown announcement id says so and links back', async ({ page }) => {
    await page.goto('/announcements/does-not-exist');
    await expect(page.getByRole('heading', { level: 1, name: 'Announcement not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Browse all announcements' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  });

  test('an id that is not even a slug is not found either', async ({ page }) => {
    await page.goto('/announcements/Not%20An%20Id%3Cb%3E');
    await expect(page.getByRole('heading', { level: 1, name: 'Announcement not found' })).toBeVisible();
  });

  test('an unknown page says so', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse all announcements' })).toHaveAttribute('href', '/');
  });
});

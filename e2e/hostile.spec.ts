import type { Page } from '@playwright/test';
import { datasetFiles, makeAnnouncement, makeEvent, makePerson } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { FIRST_ANSWER, HOSTILE_IMG, HOSTILE_SCRIPT, filterPanel, pwned, resultCards } from './helpers';

const person = makePerson(`Evil ${HOSTILE_IMG}`, 'FR', [`Chief ${HOSTILE_SCRIPT}`, `Deputy ${HOSTILE_IMG}`]);
const event = makeEvent(`Expo ${HOSTILE_SCRIPT}`);
const hostile = makeAnnouncement({
  title: `Hostile ${HOSTILE_IMG} title ${HOSTILE_SCRIPT}`,
  paragraphs: [`First ${HOSTILE_IMG} paragraph.`, `Second ${HOSTILE_SCRIPT} paragraph.`],
  people: [person],
  countries: ['FR'],
  events: [event],
  organizations: [{ id: 'org-hostile', name: `Org ${HOSTILE_IMG}` }],
  places: [`Place ${HOSTILE_SCRIPT}`],
});

/** Nothing ran, and no element was made from the markup. */
async function expectInert(page: Page) {
  expect(await pwned(page)).toBeUndefined();
  // The only images are the app's own flags.
  await expect(page.locator('img:not([data-flag])')).toHaveCount(0);
  for (const src of await page
    .locator('img')
    .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src'))))
    expect(src).toMatch(/^\/assets\/flags-[0-9a-f]{8}\/[A-Z]{2}\.svg$/);
  await expect(page.locator('script', { hasText: '__pwned' })).toHaveCount(0);
}

test.describe('hostile text renders as text', () => {
  test.beforeEach(async ({ page }) => {
    await serveData(page, datasetFiles([hostile]));
  });

  test('on the list', async ({ page }) => {
    await page.goto('/');
    const card = resultCards(page);
    await expect(card.getByRole('link', { name: hostile.title, exact: true })).toHaveText(
      hostile.title,
      FIRST_ANSWER,
    );
    await expect(card.getByRole('link', { name: `${person.name}, person` })).toHaveText(person.name);
    await expect(card.getByRole('link', { name: `${event.name}, event` })).toHaveText(event.name);
    await expect(filterPanel(page).getByRole('checkbox', { name: person.name })).toBeVisible();
    await expectInert(page);
  });

  test('on the detail', async ({ page }) => {
    await page.goto(`/announcements/${hostile.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
    await expect(page).toHaveTitle(`${hostile.title} · Announcement Reader`);
    for (const paragraph of hostile.paragraphs)
      await expect(page.getByText(paragraph, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: person.name, exact: true })).toBeVisible();
    for (const title of person.titles) await expect(page.getByText(title, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: event.name, exact: true })).toBeVisible();
    await expect(page.getByText(`Org ${HOSTILE_IMG}`, { exact: true })).toBeVisible();
    await expect(page.getByText(`Place ${HOSTILE_SCRIPT}`, { exact: true })).toBeVisible();
    await expectInert(page);
  });

  test('from the URL: q, person and a date', async ({ page }) => {
    const query = new URLSearchParams({ q: HOSTILE_IMG, person: HOSTILE_SCRIPT, from: HOSTILE_SCRIPT });
    await page.goto(`/?${query.toString()}`);
    // The chips come with the first results (decision 0021).
    await expect(page.getByRole('link', { name: `Remove filter Search: “${HOSTILE_IMG}”` })).toBeVisible(
      FIRST_ANSWER,
    );
    await expect(
      page.getByRole('link', { name: `Remove filter Unknown person: ${HOSTILE_SCRIPT}` }),
    ).toBeVisible();
    await expect(filterPanel(page).getByRole('searchbox', { name: 'Search' })).toHaveValue(HOSTILE_IMG);
    await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText(
      `from=${HOSTILE_SCRIPT}`,
    );
    await expectInert(page);
  });

  test('from the URL: an announcement id', async ({ page }) => {
    await page.goto(`/announcements/${encodeURIComponent(HOSTILE_IMG)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Announcement not found' })).toBeVisible();
    await expectInert(page);
  });
});

import { datasetFiles, makeAnnouncement, makePerson } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { FIRST_ANSWER, resultCards } from './helpers';

test.use({ locale: 'en-US' });

const board = [
  makeAnnouncement({
    title: 'Cambodian and Thai Ministers Meet',
    date: '2020-02-02',
    countries: ['KH', 'TH'],
    people: [makePerson('Hun Test', 'KH')],
  }),
  // A well-formed code with no country and no flag.
  makeAnnouncement({ title: 'An Item With An Odd Code', date: '2020-01-01', countries: ['ZZ'] }),
];

test('flags are SVG images beside country names, decorative, fixed in size, none for an unknown code', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await serveData(page, datasetFiles(board));
  await page.goto('/');
  const card = resultCards(page).filter({ hasText: 'Cambodian and Thai' });
  const chip = card.getByRole('link', { name: 'Cambodia, country' });
  const flag = chip.locator('img');
  await expect(flag).toHaveAttribute('alt', '', FIRST_ANSWER);
  await expect(flag).toHaveAttribute('src', /\/assets\/flags-[0-9a-f]{8}\/KH\.svg$/);
  // Loaded (the CSP lets it), at the size it was laid out with before it came.
  await expect
    .poll(() => flag.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  expect(await flag.evaluate((img: HTMLImageElement) => [img.width, img.height])).toEqual([18, 12]);
  // The name is what is read out; the flag is not in the accessibility tree.
  await expect(chip).toHaveAccessibleName('Cambodia, country');
  await expect(card.getByRole('img')).toHaveCount(0);

  const odd = resultCards(page).filter({ hasText: 'An Item With An Odd Code' });
  await expect(odd.getByRole('link', { name: 'Unknown Region, country' })).toBeVisible();
  await expect(odd.locator('img')).toHaveCount(0);

  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);

  // The file is an SVG served like the other assets.
  const src = await flag.getAttribute('src');
  const response = await page.request.get(src ?? '');
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toMatch(/^<svg /);
});

test('the country page shows a larger flag beside its heading', async ({ page }) => {
  await serveData(page, datasetFiles(board));
  await page.goto('/countries/TH');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Thailand', FIRST_ANSWER);
  const flag = heading.locator('img');
  await expect(flag).toHaveAttribute('src', /\/TH\.svg$/);
  expect(await flag.evaluate((img: HTMLImageElement) => [img.width, img.height])).toEqual([36, 24]);
  await expect.poll(() => flag.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
});

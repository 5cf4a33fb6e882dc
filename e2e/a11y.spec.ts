import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { SAMPLE_ID, expect, serveData, test } from './fixtures';
import { loadError } from './helpers';

interface View {
  name: string;
  path: string;
  /** Visible once the view has its data. */
  ready: (page: Page) => Locator;
  prepare?: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  { name: 'list', path: '/', ready: (page) => page.getByText('1 announcement', { exact: true }) },
  {
    name: 'detail',
    path: `/announcements/${SAMPLE_ID}`,
    ready: (page) => page.getByRole('complementary').getByRole('link').first(),
  },
  {
    name: 'filtered-empty',
    path: '/?country=KH&person=nobody&from=2017-99-01',
    ready: (page) => page.getByRole('heading', { name: 'No announcement matches these filters' }),
  },
  {
    name: 'error',
    path: '/',
    ready: (page) => loadError(page),
    prepare: (page) => serveData(page, new Map(), { 'index.json': { status: 404 } }),
  },
  {
    name: 'person',
    path: '/people/wang-zhigang',
    ready: (page) => page.getByText('Vice Minister of the Ministry of Science and Technology (MOST)'),
  },
  {
    name: 'country',
    path: '/countries/KH',
    ready: (page) => page.getByRole('region', { name: 'People from Cambodia' }),
  },
  {
    name: 'event',
    path: '/events/14th-china-asean-expo',
    ready: (page) => page.getByRole('region', { name: 'Editions of this series' }),
  },
  {
    name: 'not-found',
    path: '/announcements/does-not-exist',
    ready: (page) => page.getByRole('heading', { name: 'Announcement not found' }),
  },
];

const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

test.use({ locale: 'en-US' });

test.describe('axe finds no violations', () => {
  for (const view of VIEWS) {
    test(`${view.name}, at ${WIDTHS.join(' and ')}px, light and dark`, async ({ page }) => {
      const found: Record<string, string[]> = {};
      await view.prepare?.(page);
      for (const width of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(view.path);
          await expect(view.ready(page)).toBeVisible();

          // On a phone the filters sit in a closed drawer: open it so they are checked too.
          const openFilters = page.getByRole('button', { name: /^Search and filters/ });
          if (await openFilters.isVisible()) {
            await openFilters.click();
            await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
          }

          const { violations } = await new AxeBuilder({ page }).analyze();
          if (violations.length > 0) {
            found[`${width}px ${colorScheme}`] = violations.map(
              (v) =>
                `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
            );
          }
        }
      }
      expect(found).toEqual({});
    });
  }
});

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('1 announcement', { exact: true })).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

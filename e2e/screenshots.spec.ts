import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SAMPLE_ID, expect, serveData, test } from './fixtures';
import { loadError } from './helpers';

// Full-page pictures for a person to look at, not to compare: `SCREENSHOTS=1 npx playwright test screenshots`.
test.skip(process.env.SCREENSHOTS !== '1', 'set SCREENSHOTS=1 to save screenshots');

interface Shot {
  name: string;
  path: string;
  ready: (page: Page) => Locator;
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'list', path: '/', ready: (page) => page.getByText('1 announcement', { exact: true }) },
  {
    name: 'detail',
    path: `/announcements/${SAMPLE_ID}`,
    ready: (page) => page.getByRole('complementary').getByRole('link').first(),
  },
  {
    name: 'empty',
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
    name: 'not-found',
    path: '/no/such/page',
    ready: (page) => page.getByRole('heading', { name: 'Page not found' }),
  },
];

test.use({ locale: 'en-US' });

for (const shot of SHOTS) {
  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const file = `${shot.name}-${width}-${colorScheme}.png`;
      test(file, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await shot.prepare?.(page);
        await page.goto(shot.path);
        await expect(shot.ready(page)).toBeVisible();
        await page.screenshot({
          path: join(testInfo.config.rootDir, '..', 'screenshots', file),
          fullPage: true,
          animations: 'disabled',
        });
      });
    }
  }
}

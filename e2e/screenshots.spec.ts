import { join } from 'node:path';
import { expect, test } from './fixtures';
import { VIEWS } from './views';
import { FIRST_ANSWER } from './helpers';

// Full-page pictures for a person to look at, not to compare: `SCREENSHOTS=1 npx playwright test screenshots`.
test.skip(process.env.SCREENSHOTS !== '1', 'set SCREENSHOTS=1 to save screenshots');

test.use({ locale: 'en-US' });

for (const shot of VIEWS) {
  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const file = `${shot.name}-${width}-${colorScheme}.png`;
      test(file, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await shot.prepare?.(page);
        await page.goto(shot.path);
        await expect(shot.ready(page)).toBeVisible(FIRST_ANSWER);
        await shot.interact?.(page);
        await page.screenshot({
          path: join(testInfo.config.rootDir, '..', 'screenshots', file),
          fullPage: true,
          animations: 'disabled',
        });
      });
    }
  }
}

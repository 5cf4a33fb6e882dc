import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { VIEWS } from './views';
import { FIRST_ANSWER } from './helpers';

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
          await expect(view.ready(page)).toBeVisible(FIRST_ANSWER);
          await view.interact?.(page);

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

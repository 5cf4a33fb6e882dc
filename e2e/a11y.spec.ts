import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { VIEWS } from './views';
import { FIRST_ANSWER } from './helpers';

const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

test.use({ locale: 'en-US' });

/** What the colour scheme can change: the page is the same otherwise, so the other scheme is checked for these. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('axe finds no violations', () => {
  // One load per view and width, checked in both schemes: the theme follows the system's scheme as it
  // changes (public/theme.js), so the page need not load again, and axe checks again only what colours change.
  for (const view of VIEWS) {
    for (const width of WIDTHS) {
      test(`${view.name}, at ${width}px, light and dark`, async ({ page }) => {
        const found: Record<string, string[]> = {};
        await view.prepare?.(page);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(view.path);
        await expect(view.ready(page)).toBeVisible(FIRST_ANSWER);
        await view.interact?.(page);

        // On a phone the filters sit in a closed drawer: open it so they are checked too.
        const openFilters = page.getByRole('button', { name: /^Search and filters/ });
        if (await openFilters.isVisible()) {
          await openFilters.click();
          await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
        }

        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
          const axe = new AxeBuilder({ page });
          const { violations } = await (
            colorScheme === SCHEMES[0] ? axe : axe.withRules(COLOUR_RULES)
          ).analyze();
          if (violations.length > 0) {
            found[colorScheme] = violations.map(
              (v) =>
                `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
            );
          }
        }
        expect(found).toEqual({});
      });
    }
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

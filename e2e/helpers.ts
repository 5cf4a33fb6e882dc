import type { Locator, Page } from '@playwright/test';

/** Failures are retried with backoff before the app gives up; waits for an error state need this long. */
export const AFTER_RETRIES = { timeout: 20_000 };
/** A page's first answer from the worker: the index opened on a busy shared machine can take seconds. */
export const FIRST_ANSWER = { timeout: 20_000 };

/** The result list on `/`: one `article` per announcement. */
export function resultCards(page: Page): Locator {
  return page.getByRole('list', { name: 'Announcements' }).getByRole('article');
}

/** Titles of the announcements listed, in order. */
export function resultTitles(page: Page): Locator {
  return resultCards(page).getByRole('heading', { level: 2 });
}

/** The filter side panel, visible at desktop width. */
export function filterPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Filters' });
}

/** One facet ("People", "Countries", "Events") in the filter panel. */
export function facet(page: Page, title: 'People' | 'Countries' | 'Events'): Locator {
  return filterPanel(page).getByRole('region', { name: title });
}

/** A facet's values with the counts shown beside them, e.g. `{ France: 2 }`. */
export async function facetCounts(
  page: Page,
  title: 'People' | 'Countries' | 'Events',
): Promise<Record<string, number>> {
  // The facets load after the first results (decision 0021): wait until the facet lists its values.
  const items = facet(page, title).getByRole('listitem');
  await items.first().waitFor(FIRST_ANSWER);
  const rows = await items.allInnerTexts();
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const match = /^(.*?)\s*([\d,]+)$/s.exec(row.trim());
    if (match?.[1] && match[2]) counts[match[1].trim()] = Number(match[2].replace(/,/g, ''));
  }
  return counts;
}

/** The error alert shown when data cannot be loaded. */
export function loadError(page: Page): Locator {
  return page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: /^(The announcements|This announcement) could not be loaded$/ }),
  });
}

/** Markup that would run script if it were ever parsed as HTML instead of rendered as text. */
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';
export const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';

/** Whether any hostile payload ran in the page. */
export function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned);
}

/**
 * Clicks a facet value. Not `check()`: the box is controlled by the URL, so it turns checked only once
 * the navigation commits, which `check()` does not wait for.
 */
export async function toggleFacet(
  page: Page,
  title: 'People' | 'Countries' | 'Events',
  name: string,
): Promise<void> {
  await facet(page, title).getByRole('checkbox', { name }).click();
}

import type { Announcement } from '../src/data/schema';
import { datasetFiles, makeAnnouncement, makeEvent, makePerson } from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { facet, facetCounts, filterPanel, resultTitles, toggleFacet } from './helpers';

// Correctness at 10,000 announcements (issue 4): every shard loads, and results and counts match what the
// data says, computed here independently of the app. Speed is measured by `npm run bench`, not here.
const COUNT = 10_000;
const COUNTRIES = ['KH', 'LA', 'TH', 'VN', 'MY'] as const;
const people = Array.from({ length: 40 }, (_, i) =>
  makePerson(
    `Person ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} Test`,
    null,
  ),
);
const events = Array.from({ length: 12 }, (_, i) => makeEvent(`${i + 1}th Scale Test Forum`));
const TOPICS = ['Rice', 'Satellite', 'Vaccine', 'Solar', 'Fisheries', 'Railway', 'Robotics'];

/** Deterministic: item i names two people, one or two countries, maybe an event, and a topic. */
function announcementAt(i: number): Announcement {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  const year = 2010 + Math.floor(i / 336);
  const countries = [...new Set([COUNTRIES[i % 5], COUNTRIES[(i * 7) % 5]])].filter(
    (c): c is (typeof COUNTRIES)[number] => c !== undefined,
  );
  const personA = people[i % 40];
  const personB = people[(i * 3 + 1) % 40];
  const event = i % 3 === 0 ? events[i % 12] : undefined;
  return makeAnnouncement({
    title: `Scale item ${i} on ${TOPICS[i % TOPICS.length]} cooperation`,
    date: `${year}-${month}-${day}`,
    people: [...new Set([personA, personB])].filter((p) => p !== undefined),
    countries: countries.sort(),
    events: event ? [event] : [],
  });
}

const board = Array.from({ length: COUNT }, (_, i) => announcementAt(i));
const matching = (test: (a: Announcement) => boolean) => board.filter(test).length;

test.describe('10,000 announcements', () => {
  test.beforeEach(async ({ page }) => {
    await serveData(page, datasetFiles(board));
  });

  test('every shard loads and the counts, filters and text search are exact', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await expect(page.getByText(`${COUNT.toLocaleString('en')} announcements`, { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    const newest = [...board].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
    await expect(resultTitles(page).first()).toHaveText(newest?.title ?? '');

    // Facet counts over all 10,000.
    const countryCounts = await facetCounts(page, 'Countries');
    expect(countryCounts).toEqual({
      Cambodia: matching((a) => a.countries.includes('KH')),
      Laos: matching((a) => a.countries.includes('LA')),
      Malaysia: matching((a) => a.countries.includes('MY')),
      Thailand: matching((a) => a.countries.includes('TH')),
      Vietnam: matching((a) => a.countries.includes('VN')),
    });

    // Two facets together (AND), then the counts of another facet within the results.
    await toggleFacet(page, 'Countries', 'Laos');
    // The person named most in Laos items: among the top values the facet shows.
    const inLaos = board.filter((a) => a.countries.includes('LA'));
    const person = [...people].sort(
      (x, y) =>
        inLaos.filter((a) => a.people.some((p) => p.id === y.id)).length -
        inLaos.filter((a) => a.people.some((p) => p.id === x.id)).length,
    )[0];
    await toggleFacet(page, 'People', person?.name ?? '');
    const both = (a: Announcement) => a.countries.includes('LA') && a.people.some((p) => p.id === person?.id);
    await expect(
      page.getByText(`${matching(both).toLocaleString('en')} announcements of 10,000`, { exact: true }),
    ).toBeVisible();
    await expect
      .poll(() => facetCounts(page, 'Events'))
      .toEqual(
        Object.fromEntries(
          events
            .map((e) => [e.name, matching((a) => both(a) && a.events.some((x) => x.id === e.id))] as const)
            .filter(([, n]) => n > 0),
        ),
      );

    // Text search, on top of the facets and alone.
    await filterPanel(page).getByRole('searchbox', { name: 'Search' }).fill('satellite');
    const withText = (a: Announcement) => both(a) && a.title.includes('Satellite');
    await expect(
      page.getByText(`${matching(withText).toLocaleString('en')} announcements of 10,000`, { exact: true }),
    ).toBeVisible();
    await page.goto('/?q=vaccine');
    await expect(
      page.getByText(
        `${matching((a) => a.title.includes('Vaccine')).toLocaleString('en')} announcements of 10,000`,
        { exact: true },
      ),
    ).toBeVisible({ timeout: 30_000 });
    await expect(facet(page, 'Countries')).toBeVisible();
  });
});

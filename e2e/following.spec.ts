import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { datasetFiles, makeAnnouncement, makePerson, sampleBoard } from '../src/testing/announcement-factory';
import { SAMPLE_ID, expect, serveData, test } from './fixtures';
import { resultCards } from './helpers';

const MOST = 'ministry-of-science-and-technology-most';
const STORAGE_KEY = 'announcement-reader:following';
const BACKUP_KEY = 'announcement-reader:following:unreadable';

test.use({ locale: 'en-US' });

function followButton(page: Page) {
  return page.getByRole('button', { name: 'Follow', exact: true });
}

/** Puts `value` where the app keeps the followed list, as another tab or version might have. */
async function storeFollowing(page: Page, value: string) {
  await page.evaluate(
    ([key, stored]) => {
      localStorage.setItem(key, stored);
    },
    [STORAGE_KEY, value] as const,
  );
}

function followedList(page: Page) {
  return page.getByRole('list', { name: 'Followed people, countries, events and organisations' });
}

function row(page: Page, name: string) {
  return followedList(page).getByRole('listitem').filter({ hasText: name });
}

test.describe('following without an account, on the bundled data', () => {
  test('follow a person and an organisation, reload, see them with counts, unfollow, get the OPML', async ({
    page,
    request,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await page.goto('/people/wang-zhigang');
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'false');
    await followButton(page).click();
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'You follow Wang Zhigang' })).toBeVisible();

    // The organisation is reached from the announcement's detail, by keyboard.
    await page.goto(`/announcements/${SAMPLE_ID}`);
    await page
      .getByRole('complementary')
      .getByRole('link', { name: 'Ministry of Science and Technology (MOST)', exact: true })
      .click();
    await expect(page).toHaveURL(`/organizations/${MOST}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ministry of Science and Technology (MOST)',
    );
    await followButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('banner').getByRole('link', { name: 'Following' }).click();
    await expect(page).toHaveURL('/following');
    await expect(page.getByRole('heading', { level: 1, name: 'Following' })).toBeVisible();
    await expect(followedList(page).getByRole('listitem')).toHaveCount(2);
    // Newest followed first; nothing is new right after following.
    await expect(followedList(page).getByRole('link', { name: /^(Wang|Ministry)/ })).toHaveText([
      'Ministry of Science and Technology (MOST)',
      'Wang Zhigang',
    ]);
    for (const name of ['Wang Zhigang', 'Ministry of Science and Technology (MOST)']) {
      await expect(row(page, name)).toContainText('Nothing new');
      await expect(
        row(page, name).getByRole('link', { name: `All 1 announcement about ${name}` }),
      ).toBeVisible();
    }
    await expect(
      row(page, 'Ministry of Science and Technology (MOST)').getByRole('link', {
        name: 'All 1 announcement about Ministry of Science and Technology (MOST)',
      }),
    ).toHaveAttribute('href', `/?org=${MOST}`);

    // The OPML file is built in the page: absolute feed URLs that the build wrote.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download OPML' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('announcement-reader-following.opml');
    const opml = await readFile(await download.path(), 'utf8');
    expect(opml).toContain('<opml version="2.0">');
    const urls = [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toEqual([
      `${baseURL}/feeds/organizations/${MOST}.xml`,
      `${baseURL}/feeds/people/wang-zhigang.xml`,
    ]);
    expect(opml).toContain(`htmlUrl="${baseURL}/people/wang-zhigang"`);
    expect(opml).toContain('text="Ministry of Science and Technology (MOST)"');
    for (const url of urls) {
      const feed = await request.get(url);
      expect(feed.status(), url).toBe(200);
      expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    }

    await row(page, 'Wang Zhigang').getByRole('button', { name: 'Unfollow Wang Zhigang' }).click();
    await expect(followedList(page).getByRole('listitem')).toHaveCount(1);
    await page.reload();
    await expect(followedList(page).getByRole('listitem')).toHaveCount(1);
    await expect(row(page, 'Ministry of Science and Technology (MOST)')).toBeVisible();

    // Nothing left the browser but requests for the app and its own data.
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual([]);
  });

  test('stored data that cannot be read is kept, with a notice, and backed up before the next change', async ({
    page,
  }) => {
    const newer = JSON.stringify({ version: 2, lists: [{ kind: 'person', id: 'wang-zhigang' }] });
    await page.goto('/following');
    await expect(page.getByText('You follow nothing yet.')).toBeVisible();
    await storeFollowing(page, newer);
    const stored = (key: string) => page.evaluate((k) => localStorage.getItem(k), key);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    await expect(page.getByText('You follow nothing yet.')).toBeVisible();
    // Opening a page deletes nothing: a newer version's list survives a stale tab or a rollback.
    expect(await stored(STORAGE_KEY)).toBe(newer);
    await page.goto('/countries/KH');
    expect(await stored(STORAGE_KEY)).toBe(newer);
    await page.goto('/following');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
    // The notice went away with its button: focus is on the page's heading, not lost.
    await expect(page.getByRole('heading', { level: 1, name: 'Following' })).toBeFocused();

    // Following works again at once; the unreadable value was copied aside first.
    await page.goto('/countries/KH');
    await followButton(page).click();
    expect(await stored(BACKUP_KEY)).toBe(newer);
    expect(await stored(STORAGE_KEY)).toContain('"id":"KH"');
    await page.goto('/following');
    await expect(row(page, 'Cambodia')).toBeVisible();

    // Damaged JSON is kept the same way.
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"version":1,"items":[{"kind":"person","id":');
    }, STORAGE_KEY);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    expect(await stored(STORAGE_KEY)).toBe('{"version":1,"items":[{"kind":"person","id":');
  });
});

test.describe('focus and announcements', () => {
  const followed = (kind: string, id: string, name: string) => ({
    kind,
    id,
    name,
    followedAt: '2026-01-01T00:00:00.000Z',
    seenThrough: null,
  });

  test('unfollowing on the Following page moves focus to the next row and says what happened', async ({
    page,
  }) => {
    const list = {
      version: 1,
      items: [
        followed('person', 'wang-zhigang', 'Wang Zhigang'),
        followed('country', 'KH', 'Cambodia'),
        followed('org', MOST, 'Ministry of Science and Technology (MOST)'),
      ],
    };
    await page.goto('/following');
    await storeFollowing(page, JSON.stringify(list));
    await page.reload();
    await expect(followedList(page).getByRole('listitem')).toHaveCount(3);
    const status = page.getByRole('status').filter({ hasText: 'You no longer follow' });

    await page.getByRole('button', { name: 'Unfollow Wang Zhigang' }).focus();
    await page.keyboard.press('Enter');
    await expect(followedList(page).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Unfollow Cambodia' })).toBeFocused();
    await expect(status).toHaveText('You no longer follow Wang Zhigang.');

    // The last row: focus goes to the one before it.
    await page.getByRole('button', { name: 'Unfollow Ministry of Science and Technology (MOST)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Unfollow Cambodia' })).toBeFocused();
    await expect(status).toHaveText('You no longer follow Ministry of Science and Technology (MOST).');

    // No row left: the heading.
    await page.keyboard.press('Enter');
    await expect(page.getByText('You follow nothing yet.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Following' })).toBeFocused();
    await expect(status).toHaveText('You no longer follow Cambodia.');
  });

  test('the Follow button and its message belong to the entity on screen', async ({ page }) => {
    await page.goto('/people/wang-zhigang');
    await followButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: 'You follow Wang Zhigang' })).toBeVisible();
    await page
      .getByRole('complementary', { name: 'About Wang Zhigang' })
      .getByRole('link', { name: 'Tung Ciny' })
      .click();
    await expect(page).toHaveURL('/people/tung-ciny');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tung Ciny');
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(followButton(page)).toHaveAttribute('title', 'Follow Tung Ciny in this browser');
    await expect(page.getByText(/You follow Wang Zhigang/)).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wang Zhigang');
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('what is new since the last visit', () => {
  test('counts announcements dated after the newest one seen; opening them marks them seen', async ({
    page,
  }) => {
    await serveData(page, datasetFiles(sampleBoard));
    await page.goto('/people/alice-moreau');
    await followButton(page).click();
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/organizations/unesco');
    await followButton(page).click();

    // The dataset is rebuilt with two newer announcements about Alice Moreau, one of them with UNESCO.
    const alice = makePerson('Alice Moreau', 'FR', ['Minister of Research']);
    const newer = [
      makeAnnouncement({ title: 'Alice Moreau Visits Hanoi Again', date: '2023-05-01', people: [alice] }),
      makeAnnouncement({
        title: 'Alice Moreau at UNESCO',
        date: '2023-06-01',
        people: [alice],
        organizations: [{ id: 'unesco', name: 'UNESCO' }],
      }),
    ];
    await page.unrouteAll();
    await serveData(page, datasetFiles([...sampleBoard, ...newer]));

    await page.goto('/following');
    const newForAlice = row(page, 'Alice Moreau').getByRole('link', {
      name: '2 new announcements about Alice Moreau',
    });
    await expect(newForAlice).toHaveText('2 new');
    await expect(
      row(page, 'UNESCO').getByRole('link', { name: '1 new announcement about UNESCO' }),
    ).toBeVisible();
    await expect(row(page, 'Alice Moreau').getByRole('link', { name: /^All 4 announcements/ })).toBeVisible();

    await newForAlice.click();
    await expect(page).toHaveURL('/?person=alice-moreau&from=2021-03-05');
    await expect(resultCards(page)).toHaveCount(2);

    await page.goto('/following');
    await expect(row(page, 'Alice Moreau')).toContainText('Nothing new');
    await expect(row(page, 'UNESCO')).toContainText('1 new');

    // Opening the organisation's page marks its announcements seen too.
    await page.goto('/organizations/unesco');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('UNESCO');
    await expect(followButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))
      .toContain('"seenThrough":"2023-06-01"');
    await page.goto('/following');
    await expect(row(page, 'UNESCO')).toContainText('Nothing new');
  });
});

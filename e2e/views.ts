import type { Locator, Page } from '@playwright/test';
import { SAMPLE_ID, serveData } from './fixtures';
import { loadError } from './helpers';

/** A stored followed list: a person with one announcement newer than seen, an organisation, a country. */
const FOLLOWING_SAMPLE = JSON.stringify({
  version: 1,
  items: [
    {
      kind: 'org',
      id: 'ministry-of-science-and-technology-most',
      name: 'Ministry of Science and Technology (MOST)',
      followedAt: '2026-12-01T09:00:00.000Z',
      seenThrough: '2017-09-12',
    },
    {
      kind: 'person',
      id: 'wang-zhigang',
      name: 'Wang Zhigang',
      followedAt: '2026-12-01T08:00:00.000Z',
      seenThrough: '2017-01-31',
    },
    {
      kind: 'country',
      id: 'KH',
      name: 'Cambodia',
      followedAt: '2026-12-01T07:00:00.000Z',
      seenThrough: '2017-09-12',
    },
  ],
});

/** Every kind of page, with what shows once it has its data: for axe and for screenshots. */
export interface View {
  name: string;
  path: string;
  /** Visible once the view has its data. */
  ready: (page: Page) => Locator;
  prepare?: (page: Page) => Promise<void>;
  /** What a user does once it is ready, to reach the state checked (a form opened, a file made). */
  interact?: (page: Page) => Promise<void>;
}

export const VIEWS: View[] = [
  { name: 'list', path: '/', ready: (page) => page.getByText('1 announcement', { exact: true }) },
  {
    name: 'detail',
    path: `/announcements/${SAMPLE_ID}`,
    ready: (page) => page.getByRole('complementary').getByRole('link').first(),
  },
  {
    name: 'list-query',
    path: '/?q=wang&country=CN&country=KH&country_mode=any&not_country=TH&not_person=nobody&sort=relevance',
    ready: (page) => page.getByRole('figure', { name: 'Announcements per month' }),
  },
  {
    name: 'detail-marked',
    path: `/announcements/${SAMPLE_ID}?hl=wang%20cambodia`,
    ready: (page) => page.getByRole('link', { name: 'Remove the marks' }),
  },
  {
    name: 'list-exported',
    path: '/?country=KH',
    ready: (page) => page.getByRole('button', { name: 'Download CSV' }),
    interact: async (page) => {
      await page.getByRole('button', { name: 'Download CSV' }).click();
      await page.getByText(/^Downloaded announcements-country-KH\.csv/).waitFor();
    },
  },
  {
    name: 'detail-correction',
    path: `/announcements/${SAMPLE_ID}`,
    ready: (page) => page.getByText('Suggest a correction', { exact: true }),
    interact: async (page) => {
      await page.getByText('Suggest a correction', { exact: true }).click();
      await page.getByRole('combobox', { name: 'Which one?' }).selectOption({ label: 'Ye Dongbai' });
      await page.getByRole('button', { name: 'Add to the suggestion' }).click();
      await page.getByRole('radio', { name: 'Add' }).check();
      await page.getByRole('button', { name: 'Add to the suggestion' }).click();
      await page.getByRole('alert').waitFor();
      await page.getByTestId('correction-entry').scrollIntoViewIfNeeded();
    },
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
    ready: (page) =>
      page
        .getByRole('complementary', { name: 'About Wang Zhigang' })
        .getByText('Vice Minister of the Ministry of Science and Technology (MOST)'),
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
    name: 'organization',
    path: '/organizations/ministry-of-science-and-technology-most',
    ready: (page) => page.getByRole('region', { name: 'People seen with it' }).getByRole('link').first(),
  },
  ...(
    [
      ['people', 'People', 'Wang Zhigang'],
      ['countries', 'Countries', 'Cambodia'],
      ['events', 'Events', '14th China-ASEAN Expo'],
      ['organizations', 'Organisations', 'Ministry of Science and Technology'],
    ] as const
  ).map(([path, list, first]) => ({
    name: `directory-${path}`,
    path: `/${path}`,
    ready: (page: Page) =>
      page.getByRole('list', { name: list }).getByRole('link', { name: new RegExp(`^${first}`) }),
  })),
  {
    name: 'following',
    path: '/following',
    ready: (page) => page.getByRole('link', { name: '1 new announcement about Wang Zhigang' }),
    prepare: async (page) => {
      await page.addInitScript((value) => {
        localStorage.setItem('announcement-reader:following', value);
      }, FOLLOWING_SAMPLE);
    },
  },
  {
    name: 'following-empty',
    path: '/following',
    ready: (page) => page.getByText('You follow nothing yet.'),
  },
  {
    name: 'not-found',
    path: '/announcements/does-not-exist',
    ready: (page) => page.getByRole('heading', { name: 'Announcement not found' }),
  },
];

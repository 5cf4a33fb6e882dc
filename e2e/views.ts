import type { Locator, Page } from '@playwright/test';
import { SAMPLE_ID, serveData } from './fixtures';
import { loadError } from './helpers';

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

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
    name: 'not-found',
    path: '/announcements/does-not-exist',
    ready: (page) => page.getByRole('heading', { name: 'Announcement not found' }),
  },
];

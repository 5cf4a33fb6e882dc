import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import {
  datasetFiles,
  makeAnnouncement,
  makeOrganization,
  makePerson,
  sampleBoard,
} from '../src/testing/announcement-factory';
import { expect, serveData, test } from './fixtures';
import { FIRST_ANSWER, resultCards, resultTitles } from './helpers';

test.use({ locale: 'en-US', acceptDownloads: true });

/** RFC 4180, written here independently of the app: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return records;
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Download these results' }).getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await pathOf(file)) };
}

async function pathOf(file: Download): Promise<string> {
  const path = await file.path();
  expect(path).toBeTruthy();
  return path;
}

const hostile = makeAnnouncement({
  title: '=HYPERLINK("http://evil.example","click"), France',
  date: '2019-05-05',
  countries: ['FR'],
  people: [makePerson('Émile Zola-Dupont', 'FR')],
  organizations: [makeOrganization('@Ministry, of "Quotes"'), makeOrganization('Académie des sciences')],
});

test('the CSV of a filtered list holds every result, as the list shows them, safe for spreadsheets', async ({
  page,
}) => {
  await serveData(page, datasetFiles([...sampleBoard, hostile]));
  await page.goto('/?country=FR');
  await expect(page.getByText('3 announcements of 5', { exact: true })).toBeVisible(FIRST_ANSWER);
  const titles = await resultTitles(page).allInnerTexts();
  const links = await resultCards(page)
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));

  const { name, bytes } = await download(page, 'Download CSV');
  expect(name).toBe('announcements-country-FR.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
  expect(header).toEqual(['id', 'date', 'title', 'people', 'countries', 'events', 'organizations', 'url']);
  expect(rows.map((r) => r[2])).toEqual(titles.map((t) => (t.startsWith('=') ? `'${t}` : t)));
  expect(rows.map((r) => r[7])).toEqual(links);
  const evil = rows.find((r) => r[0] === hostile.id);
  expect(evil).toEqual([
    hostile.id,
    '2019-05-05',
    `'${hostile.title}`,
    'Émile Zola-Dupont',
    'FR',
    '',
    `'@Ministry, of "Quotes"; Académie des sciences`,
    `${new URL(page.url()).origin}/announcements/${hostile.id}`,
  ]);
  const alice = rows.find((r) => r[2] === 'Minister Alice Moreau Meets Vietnamese Delegation');
  expect(alice?.slice(3, 6)).toEqual(['Alice Moreau; Nguyen Van An', 'FR; VN', '3rd Mekong Innovation Expo']);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    'Downloaded announcements-country-FR.csv (3 announcements).',
  );
});

test('JSON from an entity page, by keyboard, with the entity in its name', async ({ page }) => {
  await serveData(page, datasetFiles(sampleBoard));
  await page.goto('/people/alice-moreau');
  const timeline = page.getByRole('region', { name: 'Announcements, newest first' });
  await expect(timeline.getByRole('article')).toHaveCount(2, FIRST_ANSWER);
  const titles = await timeline.getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();

  const button = page.getByRole('button', { name: 'Download JSON' });
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('announcements-person-alice-moreau.json');
  const records = JSON.parse(await readFile(await pathOf(file), 'utf8')) as Record<string, unknown>[];
  expect(records.map((r) => r.title)).toEqual(titles);
  expect(records[0]).toMatchObject({ people: ['Alice Moreau', 'Nguyen Van An'], countries: ['FR', 'VN'] });
});

test('exports all results, not only the rows on screen, once every shard is in', async ({ page }) => {
  const many = Array.from({ length: 1_200 }, (_, i) =>
    makeAnnouncement({
      title: `Export item ${i}`,
      date: `20${String(10 + (i % 10))}-0${(i % 9) + 1}-1${i % 10}`,
      countries: i % 2 ? ['KH'] : ['KH', 'TH'],
    }),
  );
  await serveData(page, datasetFiles(many, 300));
  await page.goto('/?q=export');
  await expect(page.getByText('1,200 announcements of 1,200', { exact: true })).toBeVisible(FIRST_ANSWER);
  expect(await resultCards(page).count()).toBeLessThan(1_200);

  const { name, bytes } = await download(page, 'Download CSV');
  expect(name).toBe('announcements-search-export.csv');
  const [, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
  expect(rows).toHaveLength(1_200);
  expect(new Set(rows.map((r) => r[0])).size).toBe(1_200);
});

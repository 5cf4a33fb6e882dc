import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareAnnouncements } from '../ingest/build-dataset';
import { currentDatasetDir } from '../ingest/dataset-folder';
import { writeCorpus, createRandom, generateAnnouncement } from '../ingest/gen-corpus';
import { announcementSchema, type Announcement } from '../src/data/schema';
import { tokenize } from '../src/data/search-index/text';
import { countryName } from '../src/lib/countries';
import { expect, serveData, test } from './fixtures';
import { facet, facetCounts, filterPanel, resultTitles, toggleFacet } from './helpers';

// `npm run ingest -- new/ --out data --append` (decision 0024): a small dataset built with the real CLI,
// a few announcements appended to it as a segment, the result served as it is on disk. What the app
// shows is checked against counts computed here from the appended dataset's announcement files.
const BASE = 60;
/** A word only the added announcements' bodies use, and the year that puts one of them first in the list. */
const WORD = 'zephyrine';
const NEWEST_YEAR = '2031';

let out = '';
let files = new Map<string, Uint8Array>();
let all: Announcement[] = [];

/**
 * Every file under `dir` as bytes (chunks are checked against the hash in their name), by its path
 * relative to `at`; a linked folder (decision 0029) is read as if it were there.
 */
function readTree(dir: string, at: string, into: Map<string, Uint8Array>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const key = at ? `${at}/${name}` : name;
    if (statSync(path).isDirectory()) readTree(path, key, into);
    else into.set(key, new Uint8Array(readFileSync(path)));
  }
}

/** The real CLI, as `npm run ingest` runs it. */
const ingest = (args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'ingest/cli.ts', ...args, '--workers', '1'], {
    stdio: 'pipe',
  });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const root = mkdtempSync(join(tmpdir(), 'e2e-append-'));
  out = join(root, 'data');
  const base = join(root, 'base');
  const fresh = join(root, 'new');
  await writeCorpus(base, BASE, 41);
  ingest([base, '--out', out]);
  // Three new files: generated announcements (serials the base does not use), two with the word in a body
  // paragraph, the first dated after everything in the base.
  mkdirSync(fresh);
  const random = createRandom(42);
  for (let i = 0; i < 3; i++) {
    const { name, text } = generateAnnouncement(900 + i, random);
    const paragraphs = text.split('\n\n');
    paragraphs.splice(2, 0, `The delegation also visited the ${i < 2 ? WORD : 'new'} observatory.`);
    let body = paragraphs.join('\n\n');
    if (i === 0) body = body.replace(/\b20\d\d\b/, NEWEST_YEAR);
    writeFileSync(join(fresh, name), body);
  }
  ingest([fresh, '--out', out, '--append']);

  const dir = currentDatasetDir(out);
  if (!dir) throw new Error('no dataset after the append');
  files = new Map<string, Uint8Array>();
  readTree(out, '', files);
  all = readdirSync(join(dir, 'announcements')).map((name) =>
    announcementSchema.parse(JSON.parse(readFileSync(join(dir, 'announcements', name), 'utf8'))),
  );
  // The append took the segment path (decision 0024), not a rebuild.
  const json = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));
  const manifest = json('search/manifest.json') as { directory: string };
  const directory = json(`search/chunks/${manifest.directory}`) as {
    segments?: { count: number }[];
  };
  expect(directory.segments?.map((s) => s.count)).toEqual([3]);
});

test.afterAll(() => {
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

const words = (a: Announcement) => new Set([a.title, ...a.paragraphs].flatMap(tokenize));
const ofAll = (n: number) => `${n.toLocaleString('en')} announcement${n === 1 ? '' : 's'} of ${all.length}`;

test('an appended dataset lists the new announcements, finds them by text and facet, counts exactly', async ({
  page,
}) => {
  test.setTimeout(60_000);
  expect(all.length).toBe(BASE + 3);
  const added = all.filter((a) => a.paragraphs.some((p) => p.includes('observatory')));
  expect(added).toHaveLength(3);
  await serveData(page, files);

  // Listed: the total is every announcement, and the new one dated after the base comes first.
  await page.goto('/');
  await expect(page.getByText(`${all.length} announcements`, { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  const ordered = [...all].sort(compareAnnouncements);
  expect(ordered[0]?.date?.startsWith(NEWEST_YEAR)).toBe(true);
  await expect(resultTitles(page).first()).toHaveText(ordered[0]?.title ?? '');

  // Found by a word only in their bodies: exactly the two that use it, newest first.
  await filterPanel(page).getByRole('searchbox', { name: 'Search' }).fill(WORD);
  const withWord = ordered.filter((a) => words(a).has(WORD));
  expect(withWord).toHaveLength(2);
  await expect(page.getByText(ofAll(withWord.length), { exact: true })).toBeVisible();
  await expect(resultTitles(page)).toHaveText(withWord.map((a) => a.title));
  // And a word the base uses too: every announcement with it, the new ones included.
  await page.goto('/?q=observatory');
  const observatory = ordered.filter((a) => words(a).has('observatory'));
  await expect(page.getByText(ofAll(observatory.length), { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(resultTitles(page)).toHaveText(observatory.map((a) => a.title));

  // Facet counts over the whole archive, the new announcements included.
  await page.goto('/');
  const countries = new Map<string, number>();
  for (const a of all) for (const c of new Set(a.countries)) countries.set(c, (countries.get(c) ?? 0) + 1);
  // The facet shows its most frequent values: each with its exact count, none more frequent left out.
  const expected = Object.fromEntries([...countries].map(([code, n]) => [countryName(code, 'en'), n]));
  const shown = await facetCounts(page, 'Countries');
  const least = Math.min(...Object.values(shown));
  expect(Object.keys(shown).length).toBeGreaterThanOrEqual(5);
  expect(shown).toEqual(
    Object.fromEntries(Object.entries(expected).filter(([name, n]) => n > least || name in shown)),
  );

  // Found by facet: the newest new announcement's other country than China, then its guest (the facet's URL, since a
  // person named once may not be among the values the facet shows).
  const first = added.sort(compareAnnouncements)[0] as Announcement;
  const country = first.countries.find((c) => c !== 'CN') ?? '';
  await toggleFacet(page, 'Countries', countryName(country, 'en'));
  const inCountry = ordered.filter((a) => a.countries.includes(country));
  await expect(page.getByText(ofAll(inCountry.length), { exact: true })).toBeVisible();
  await expect(resultTitles(page).first()).toHaveText(first.title);
  const person = first.people.at(-1);
  expect(person).toBeDefined();
  await page.goto(`/?person=${person?.id ?? ''}`);
  const withPerson = ordered.filter((a) => a.people.some((p) => p.id === person?.id));
  await expect(page.getByText(ofAll(withPerson.length), { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(resultTitles(page)).toHaveText(withPerson.slice(0, 20).map((a) => a.title));
  await expect(facet(page, 'People').getByRole('checkbox', { name: person?.name ?? '' })).toBeChecked();
});

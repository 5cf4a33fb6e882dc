import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyAnnouncementEdits } from '../ingest/announcement-edits';
import { currentDatasetDir } from '../ingest/dataset-folder';
import { overridesSchema } from '../ingest/overrides';
import { announcementSchema } from '../src/data/schema';
import { SAMPLE_ID, expect, test } from './fixtures';
import { FIRST_ANSWER } from './helpers';

test.use({ locale: 'en-US' });

test('a reader suggests a correction and gets the overrides entry that makes it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/announcements/${SAMPLE_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(FIRST_ANSWER);

  // Opened from the keyboard.
  const open = page.getByText('Suggest a correction', { exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  const form = page.locator('details[open]');
  await expect(form.getByRole('group', { name: 'What should change?' })).toBeVisible();

  // Remove a person.
  await form.getByRole('combobox', { name: 'Which one?' }).selectOption({ label: 'Ye Dongbai' });
  await form.getByRole('button', { name: 'Add to the suggestion' }).click();
  await expect(form.getByRole('listitem')).toHaveText(['Remove person “Ye Dongbai”×']);

  // Merge an event into another: a bad id is refused, with the reason, on the field.
  await form.getByRole('radio', { name: 'Merge into another' }).check();
  await form.getByRole('combobox', { name: 'Which kind?' }).selectOption('Event');
  await form
    .getByRole('combobox', { name: 'Which one?' })
    .selectOption({ label: 'China-ASEAN Year of Innovation' });
  const into = form.getByRole('textbox', { name: 'Merge into' });
  await into.fill('The Expo!');
  await form.getByRole('button', { name: 'Add to the suggestion' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Write an id: lowercase letters, digits and dashes, e.g. wang-zhigang.',
  );
  await expect(into).toHaveAttribute('aria-invalid', 'true');
  await expect(into).toBeFocused();
  await into.fill('14th-china-asean-expo');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toHaveCount(0);

  // Add a person with a country, and a place.
  await form.getByRole('radio', { name: 'Add' }).check();
  await form.getByRole('combobox', { name: 'Which kind?' }).selectOption('Person');
  await form.getByRole('textbox', { name: 'Name' }).fill('Hun Manet');
  await form.getByRole('textbox', { name: /Their country/ }).fill('kh');
  await form.getByRole('button', { name: 'Add to the suggestion' }).click();
  await form.getByRole('combobox', { name: 'Which kind?' }).selectOption('Place');
  await form.getByRole('textbox', { name: 'Name' }).fill('Phnom Penh');
  await form.getByRole('button', { name: 'Add to the suggestion' }).click();

  // A change can be taken out again.
  await form.getByRole('button', { name: 'Take out: Add place “Phnom Penh”' }).click();
  await expect(form.getByRole('list').last().getByRole('listitem')).toHaveCount(3);

  const entryText = (await page.getByTestId('correction-entry').textContent()) ?? '';
  expect(JSON.parse(entryText)).toEqual({
    announcements: {
      [SAMPLE_ID]: {
        remove: { people: ['ye-dongbai'] },
        merge: { events: { 'china-asean-year-of-innovation': '14th-china-asean-expo' } },
        add: { people: [{ name: 'Hun Manet', country: 'KH', titles: [] }] },
      },
    },
  });

  await form.getByRole('button', { name: 'Copy the entry' }).click();
  await expect(form.getByRole('status')).toHaveText('Entry copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entryText);
  // This build sets no VITE_CORRECTIONS_URL: nothing to send it with.
  await expect(form.getByRole('link', { name: 'Send it to the editors' })).toHaveCount(0);

  // What the editor gets by pasting it: the ingest's own code applied to this announcement.
  const announcement = announcementSchema.parse(
    JSON.parse(
      await readFile(
        join(currentDatasetDir('public/data') ?? '', 'announcements', `${SAMPLE_ID}.json`),
        'utf8',
      ),
    ),
  );
  const { announcements, warnings } = applyAnnouncementEdits(
    [announcement],
    overridesSchema.parse(JSON.parse(entryText)).announcements,
  );
  expect(warnings).toEqual([]);
  expect(announcements[0]?.people.map((p) => p.id)).toEqual(['wang-zhigang', 'tung-ciny', 'hun-manet']);
  expect(announcements[0]?.events.map((e) => e.id)).toEqual([
    '14th-china-asean-expo',
    'fifth-forum-on-china-asean-technology-transfer-and-collaborative-innovation',
  ]);
});

test('rename is not offered for countries (a country is its code: merge it instead)', async ({ page }) => {
  await page.goto(`/announcements/${SAMPLE_ID}`);
  await page.getByText('Suggest a correction', { exact: true }).click();
  const form = page.locator('details[open]');
  await form.getByRole('radio', { name: 'Rename' }).check();
  await expect(form.getByRole('combobox', { name: 'Which kind?' }).getByRole('option')).toHaveText([
    'Person',
    'Event',
    'Organisation',
    'Place',
  ]);
  await form.getByRole('combobox', { name: 'Which one?' }).selectOption({ label: 'Tung Ciny' });
  await form.getByRole('textbox', { name: 'New name' }).fill('Tung  Ciny ');
  await form.getByRole('button', { name: 'Add to the suggestion' }).click();
  await expect(form.getByRole('alert')).toHaveText('The new name is the same as the old one.');
});

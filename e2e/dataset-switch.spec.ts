import { datasetFiles, makeAnnouncement } from '../src/testing/announcement-factory';
import { AFTER_RETRIES, filterPanel, resultTitles } from './helpers';
import { expect, serveData, test } from './fixtures';

const OLD = '1111111111111111';
const NEW = '2222222222222222';

/** The files of a versioned dataset (docs/decisions/0014): the pointer, and each version's own folder. */
function versioned(versions: Record<string, Map<string, unknown>>, current: string): Map<string, unknown> {
  const files = new Map<string, unknown>([
    ['current.json', { schemaVersion: 1, version: current, previous: null }],
  ]);
  for (const [version, dataset] of Object.entries(versions))
    for (const [path, value] of dataset) files.set(`v/${version}/${path}`, value);
  return files;
}

test('a tab open across two deploys reads the new dataset once the worker meets it', async ({ page }) => {
  const kept = makeAnnouncement({ title: 'Expo opens in Nanning', date: '2021-01-01' });
  const added = makeAnnouncement({ title: 'Zeta laboratory opens', date: '2021-02-01' });
  const files = versioned({ [OLD]: datasetFiles([kept]) }, OLD);
  await serveData(page, files);
  await page.goto('/');
  await expect(resultTitles(page)).toHaveText([kept.title]);
  // Reading an announcement pins the page to this version.
  await page.getByRole('link', { name: kept.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kept.title);
  await page.goBack();
  await expect(resultTitles(page)).toHaveText([kept.title]);

  // Two ingests later: the pointer names a new version, and the one this tab read is gone from the host.
  for (const path of [...files.keys()]) if (path.startsWith(`v/${OLD}/`)) files.delete(path);
  for (const [path, value] of versioned({ [NEW]: datasetFiles([added, kept]) }, NEW)) files.set(path, value);

  // The worker meets the missing chunks, opens the new build and answers from it.
  await filterPanel(page).getByRole('searchbox', { name: 'Search' }).fill('zeta');
  await expect(resultTitles(page)).toHaveText([added.title], AFTER_RETRIES);

  // The page follows it: the list it had cached is computed again, and announcements open from the new version.
  await filterPanel(page).getByRole('searchbox', { name: 'Search' }).press('Escape');
  await expect(resultTitles(page)).toHaveText([added.title, kept.title]);
  await page.getByRole('link', { name: added.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(added.title);
});

import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Announcement } from '../src/data/schema';
import { hashOf, type Dataset } from './datasets';

const BATCH = 200;

/**
 * Indexes a dataset's announcements with Pagefind's Node API, as a site using Pagefind would: one custom
 * record per announcement (title and paragraphs as content) with person, country and event filters.
 * The index is written beside the dataset and reused while the dataset and this file stay the same.
 */
export async function preparePagefindIndex(dataset: Dataset, log: (line: string) => void): Promise<string> {
  const outputPath = resolve(dataset.dataDir, '..', 'pagefind');
  const version = JSON.parse(await readFile('node_modules/pagefind/package.json', 'utf8')) as {
    version: string;
  };
  const hash = await hashOf(['bench/pagefind-index.ts'], dataset.hash, version.version);
  const stamp = `${outputPath}.stamp`;
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')).trim() === hash) {
    log(`${dataset.count}: reusing the Pagefind index`);
    return outputPath;
  }

  log(`${dataset.count}: indexing with Pagefind ${version.version}`);
  await rm(stamp, { force: true });
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const folder = join(dataset.filesDir, 'announcements');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json'));
  for (let start = 0; start < files.length; start += BATCH) {
    await Promise.all(
      files.slice(start, start + BATCH).map(async (file) => {
        const item = JSON.parse(await readFile(join(folder, file), 'utf8')) as Announcement;
        const added = await index.addCustomRecord({
          url: `/announcements/${item.id}`,
          content: [item.title, ...item.paragraphs].join('\n'),
          language: 'en',
          meta: { title: item.title, date: item.date ?? '' },
          filters: {
            person: item.people.map((person) => person.id),
            country: item.countries,
            event: item.events.map((event) => event.id),
          },
        });
        if (added.errors.length) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await writeFile(stamp, hash);
  return outputPath;
}

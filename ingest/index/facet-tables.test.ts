import { describe, expect, it } from 'vitest';
import type { Announcement } from '../../src/data/schema';
import {
  directorySchema,
  FACET_KINDS,
  INDEX_DIR,
  manifestSchema,
  MANIFEST_FILE,
} from '../../src/data/search-index/index-files';
import {
  makeAnnouncement,
  makeEvent,
  makeOrganization,
  makePerson,
} from '../../src/testing/announcement-factory';
import { appendDataset, datasetBytes } from '../append-segment';
import { buildDataset, compareAnnouncements, type BuildOptions } from '../build-dataset';

// Small tables, so that lists are cut short and ties at the cut are decided by rank.
const TABLES = { min: 50, values: 4, docs: 10, chunkBytes: 2048 };
const COUNTRIES = ['KH', 'LA', 'TH', 'VN', 'MY', 'FR', 'KE', 'EG'];
const people = Array.from({ length: 40 }, (_, i) =>
  makePerson(`Person ${String.fromCharCode(65 + (i % 26))}${i} Tables`, COUNTRIES[i % 8] ?? null),
);
const events = Array.from({ length: 12 }, (_, i) => makeEvent(`${i + 1}th Tables Forum`));
const orgs = Array.from({ length: 5 }, (_, i) => makeOrganization(`Tables Institute ${i + 1}`));
/** Named by 49 of the base's announcements and 3 of the first batch's: a value that becomes common. */
const crosser = makePerson('Crossing Over Tables', 'LA');
/** Named by no base announcement. */
const newcomer = makePerson('Newly Named Tables', 'KH');

function corpus(count: number, seed: number, prefix: string, extra: (i: number) => Announcement['people']) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 2)] as T;
  return Array.from({ length: count }, (_, i): Announcement => {
    const year = 2015 + Math.floor(random() * 10);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const chosen = [skewed(people), skewed(people), ...extra(i)];
    const named = chosen.filter((p, at) => chosen.findIndex((q) => q.id === p.id) === at);
    return makeAnnouncement({
      title: `${prefix} tables item ${i}`,
      date: `${year}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
      people: named,
      countries: [...new Set([skewed(COUNTRIES), ...named.map((p) => p.country ?? 'CN')])].sort(),
      events: random() < 0.6 ? [skewed(events)] : [],
      organizations: random() < 0.5 ? [skewed(orgs)] : [],
    });
  });
}

const base = corpus(1500, 7, 'base', (i) => (i < 49 ? [crosser] : []));
const batches = [
  corpus(30, 11, 'one', (i) => (i < 3 ? [crosser, newcomer] : [])),
  // Dated after everything: a new month leads the months every table counts by.
  corpus(30, 12, 'two', (i) => (i < 2 ? [newcomer] : [])).map((a, i) =>
    i < 5 ? { ...a, date: `2026-03-0${i + 1}` } : a,
  ),
  corpus(30, 13, 'three', () => []),
];

const decode = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes)) as unknown;
const directoryOf = (files: Map<string, Uint8Array>) => {
  const manifest = manifestSchema.parse(decode(files.get(`${INDEX_DIR}/${MANIFEST_FILE}`)));
  return directorySchema.parse(decode(files.get(`${INDEX_DIR}/chunks/${manifest.directory}`)));
};

/** A full build's files, with the tables' counts it keeps. */
function fullBuild(announcements: readonly Announcement[]) {
  let counts: Uint8Array | null = null;
  const options: BuildOptions = { tables: { ...TABLES, counts: { keep: (bytes) => (counts = bytes) } } };
  const files = datasetBytes(buildDataset(announcements, undefined, undefined, options));
  return { files, counts: counts as Uint8Array | null };
}

describe('co-occurrence tables updated by an append (decision 0032)', () => {
  it(
    'are byte for byte a full build of the same announcements, appended three times',
    { timeout: 60_000 },
    () => {
      let { files, counts } = fullBuild(base);
      expect(counts).not.toBeNull();
      let all = [...base].sort(compareAnnouncements);
      let segments = [base.length];
      for (const [step, batch] of batches.entries()) {
        const appended = appendDataset(files, all, batch, segments, { tables: TABLES }, counts);
        if ('rebuild' in appended) throw new Error(appended.rebuild);
        expect(appended.tables, `append ${step + 1}`).toBe('updated');
        const full = fullBuild(appended.all);
        const mine = directoryOf(appended.files);
        const theirs = directoryOf(full.files);
        expect(mine.facets, `append ${step + 1}`).toEqual(theirs.facets);
        for (const kind of FACET_KINDS) {
          const chunks = theirs.facets[kind].tables?.chunks ?? [];
          if (kind !== 'org') expect(chunks.length, kind).toBeGreaterThan(0);
          for (const { file } of chunks) {
            const path = `${INDEX_DIR}/chunks/${file}`;
            expect(appended.files.get(path), path).toEqual(full.files.get(path));
          }
        }
        expect(appended.tableCounts, `append ${step + 1}: the counts kept`).toEqual(full.counts);
        ({ files, all } = appended);
        ({ tableCounts: counts } = appended);
        segments = appended.storeSegments;
      }
      // The value that became common got its table; the one named only by appended announcements has a table
      // only if it is that common.
      const tabled = (directoryOf(files).facets.person.tables?.values ?? 0) > 0;
      expect(tabled).toBe(true);
      const table = (files: Map<string, Uint8Array>, id: string) =>
        (directoryOf(files).facets.person.tables?.chunks ?? [])
          .flatMap((c) => decode(files.get(`${INDEX_DIR}/chunks/${c.file}`)) as { value: string }[])
          .some((t) => t.value === id);
      expect(table(fullBuild(base).files, crosser.id)).toBe(false);
      expect(table(files, crosser.id)).toBe(true);
    },
  );

  it(
    'are counted over every doc, to the same bytes, when the dataset kept no counts',
    { timeout: 60_000 },
    () => {
      const { files } = fullBuild(base);
      const all = [...base].sort(compareAnnouncements);
      const appended = appendDataset(files, all, batches[0] ?? [], [base.length], { tables: TABLES }, null);
      if ('rebuild' in appended) throw new Error(appended.rebuild);
      expect(appended.tables).toBe('counted');
      const full = fullBuild(appended.all);
      expect(directoryOf(appended.files).facets).toEqual(directoryOf(full.files).facets);
      expect(appended.tableCounts).toEqual(full.counts);
      // Counts of another build (other `min`) are not taken for this one's.
      const other = fullBuild(base);
      const wrong = appendDataset(
        other.files,
        all,
        batches[0] ?? [],
        [base.length],
        { tables: { ...TABLES, min: 40 } },
        other.counts,
      );
      if ('rebuild' in wrong) throw new Error(wrong.rebuild);
      expect(wrong.tables).toBe('counted');
    },
  );
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import golden from './fixtures/seed-000.expected.json' with { type: 'json' };
import { correctionEntryText, type SuggestedChange } from '../src/data/announcement-edits';
import { announcementSchema, type Announcement } from '../src/data/schema';
import { applyAnnouncementEdits } from './announcement-edits';
import { main } from './cli';
import { currentDatasetDir } from './dataset-folder';
import { overridesSchema } from './overrides';

const seed = announcementSchema.parse(golden);
const ID = seed.id;

/** What pasting the entry the app shows into an overrides file gives the ingest. */
function edits(changes: SuggestedChange[]) {
  return overridesSchema.parse(JSON.parse(correctionEntryText(ID, changes))).announcements;
}

function edit(changes: SuggestedChange[], others: Announcement[] = []) {
  return applyAnnouncementEdits([seed, ...others], edits(changes));
}

describe('applyAnnouncementEdits', () => {
  it('removes a person, an event, a country, an organisation and a place, and their mentions', () => {
    const { announcements, warnings } = edit([
      { action: 'remove', kind: 'people', value: 'ye-dongbai' },
      { action: 'remove', kind: 'events', value: 'china-asean-year-of-innovation' },
      { action: 'remove', kind: 'countries', value: 'KH' },
      { action: 'remove', kind: 'organizations', value: 'cambodian-science-and-technology-commission' },
      { action: 'remove', kind: 'places', value: 'Nanning' },
    ]);
    const [a] = announcements;
    expect(warnings).toEqual([]);
    expect(a?.people.map((p) => p.id)).toEqual(['wang-zhigang', 'tung-ciny']);
    expect(a?.events.map((e) => e.id)).not.toContain('china-asean-year-of-innovation');
    expect(a?.countries).toEqual(['CN']);
    expect(a?.organizations.map((o) => o.id)).not.toContain('cambodian-science-and-technology-commission');
    expect(a?.organizations).toHaveLength(seed.organizations.length - 1);
    expect(a?.places).not.toContain('Nanning');
    expect(a?.mentions?.some((m) => m.id === 'ye-dongbai' || m.id === 'KH')).toBe(false);
    expect(seed.people).toHaveLength(3); // the input is not changed
  });

  it('renames a person and an organisation in place, each with the id of its new name', () => {
    const [a] = edit([
      { action: 'rename', kind: 'people', value: 'tung-ciny', to: 'Tung Ciny Jr' },
      {
        action: 'rename',
        kind: 'organizations',
        value: 'ministry-of-science-and-technology-most',
        to: 'MOST',
      },
    ]).announcements;
    expect(a?.people[1]).toMatchObject({ id: 'tung-ciny-jr', name: 'Tung Ciny Jr', country: 'KH' });
    expect(a?.people[1]?.titles).toEqual(seed.people[1]?.titles);
    expect(a?.organizations[0]).toEqual({ id: 'most', name: 'MOST' });
    expect(a?.organizations).toHaveLength(seed.organizations.length);
  });

  it('merges an organisation into another of the announcement, or one known elsewhere, by id', () => {
    const [first, second] = seed.organizations;
    const other = announcementSchema.parse({
      ...golden,
      id: 'other-00000000',
      organizations: [{ id: 'asean-secretariat', name: 'ASEAN Secretariat' }],
    });
    const into = edit([
      { action: 'merge', kind: 'organizations', value: second?.id ?? '', into: first?.id ?? '' },
    ]).announcements[0];
    expect(into?.organizations.map((o) => o.id)).toEqual(
      seed.organizations.filter((o) => o !== second).map((o) => o.id),
    );
    const known = edit(
      [{ action: 'merge', kind: 'organizations', value: first?.id ?? '', into: 'asean-secretariat' }],
      [other],
    ).announcements[0];
    expect(known?.organizations[0]).toEqual({ id: 'asean-secretariat', name: 'ASEAN Secretariat' });
  });

  it('merges a person into another of the announcement: one person with both titles', () => {
    const [a] = edit([
      { action: 'merge', kind: 'people', value: 'ye-dongbai', into: 'wang-zhigang' },
    ]).announcements;
    expect(a?.people.map((p) => p.id)).toEqual(['wang-zhigang', 'tung-ciny']);
    expect(a?.people[0]?.titles).toContain('Director-General of International Cooperation of the MOST');
  });

  it('merges into a person or event known only from other announcements, under their name', () => {
    const other = announcementSchema.parse({
      ...golden,
      id: 'other-00000000',
      people: [{ id: 'ye-dong-bai', name: 'Ye Dong-bai', titles: [], country: 'CN' }],
      events: [{ id: 'china-asean-expo-2017', name: 'China-ASEAN Expo 2017' }],
    });
    const [a] = edit(
      [
        { action: 'merge', kind: 'people', value: 'ye-dongbai', into: 'ye-dong-bai' },
        { action: 'merge', kind: 'events', value: '14th-china-asean-expo', into: 'china-asean-expo-2017' },
        { action: 'merge', kind: 'countries', value: 'KH', into: 'TH' },
      ],
      [other],
    ).announcements;
    expect(a?.people[2]).toMatchObject({ id: 'ye-dong-bai', name: 'Ye Dong-bai', country: 'CN' });
    expect(a?.events[0]).toEqual({ id: 'china-asean-expo-2017', name: 'China-ASEAN Expo 2017' });
    expect(a?.countries).toEqual(['CN', 'TH']);
  });

  it('adds a person with a country, an event, a country, an organisation and a place, once', () => {
    const [a] = edit([
      { action: 'add', kind: 'people', value: 'Hun Manet', country: 'KH' },
      { action: 'add', kind: 'people', value: 'Hun Manet', country: 'KH' },
      { action: 'add', kind: 'events', value: 'Belt and Road Forum' },
      { action: 'add', kind: 'countries', value: 'AU' },
      { action: 'add', kind: 'countries', value: 'CN' },
      { action: 'add', kind: 'organizations', value: 'ASEAN Secretariat' },
      { action: 'add', kind: 'places', value: 'Phnom Penh' },
    ]).announcements;
    expect(a?.people.at(-1)).toEqual({ id: 'hun-manet', name: 'Hun Manet', titles: [], country: 'KH' });
    expect(a?.people).toHaveLength(4);
    expect(a?.events.at(-1)).toEqual({ id: 'belt-and-road-forum', name: 'Belt and Road Forum' });
    expect(a?.countries).toEqual(['AU', 'CN', 'KH']);
    expect(a?.organizations.at(-1)).toEqual({ id: 'asean-secretariat', name: 'ASEAN Secretariat' });
    expect(a?.places.at(-1)).toBe('Phnom Penh');
  });

  it('warns of, and changes nothing for, an unknown announcement, entity or merge target', () => {
    const result = applyAnnouncementEdits(
      [seed],
      overridesSchema.parse({
        announcements: {
          'gone-12345678': { remove: { people: ['wang-zhigang'] } },
          [ID]: {
            remove: { people: ['nobody'], organizations: ['no-such-organisation'] },
            merge: {
              people: { 'ye-dongbai': 'no-such-person' },
              organizations: { [seed.organizations[0]?.id ?? '']: 'no-such-organisation' },
            },
          },
        },
      }).announcements,
    );
    expect(result.announcements[0]?.people).toEqual(seed.people);
    expect(result.announcements[0]?.organizations).toEqual(seed.organizations);
    expect(result.warnings).toEqual([
      `overrides.json announcements.${ID}.remove.people: “nobody” is not in this announcement; nothing to correct`,
      `overrides.json announcements.${ID}.remove.organizations: “no-such-organisation” is not in this announcement; nothing to correct`,
      `overrides.json announcements.${ID}.merge.people: no person has the id “no-such-person” in this dataset`,
      `overrides.json announcements.${ID}.merge.organizations: no organisation has the id “no-such-organisation” in this dataset`,
      'overrides.json announcements.gone-12345678: no announcement has this id; nothing to correct',
    ]);
  });

  it('refuses a malformed entry with the path of the bad value', () => {
    const bad = overridesSchema.safeParse({
      announcements: { [ID]: { remove: { countries: ['Cambodia'] }, delete: {} } },
    });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/countries/);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/delete/);
  });
});

describe('the editor’s loop: paste the entry the app shows, re-run the ingest', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'edits-test-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('makes the correction in the announcement, its summary and the index', async () => {
    const current = JSON.parse(await readFile('data/overrides.json', 'utf8')) as Record<string, unknown>;
    const pasted = JSON.parse(
      correctionEntryText(ID, [
        { action: 'remove', kind: 'people', value: 'ye-dongbai' },
        { action: 'add', kind: 'countries', value: 'TH' },
        {
          action: 'rename',
          kind: 'events',
          value: '14th-china-asean-expo',
          to: '14th China–ASEAN Expo (Nanning)',
        },
      ]),
    ) as { announcements: Record<string, unknown> };
    const file = join(dir, 'overrides.json');
    await writeFile(file, JSON.stringify({ ...current, announcements: pasted.announcements }));
    const written = join(dir, 'out');
    expect(await main(['data/raw', '--out', written, '--overrides', file])).toBe(0);
    const out = currentDatasetDir(written) ?? '';

    const detail = announcementSchema.parse(
      JSON.parse(await readFile(join(out, 'announcements', `${ID}.json`), 'utf8')),
    );
    expect(detail.people.map((p) => p.id)).toEqual(['wang-zhigang', 'tung-ciny']);
    expect(detail.countries).toEqual(['CN', 'KH', 'TH']);
    expect(detail.events[0]).toEqual({
      id: '14th-china-asean-expo-nanning',
      name: '14th China–ASEAN Expo (Nanning)',
    });
    const summaries = JSON.parse(await readFile(join(out, 'summaries', '0000.json'), 'utf8')) as {
      items: { people: string[]; countries: string[] }[];
    };
    expect(summaries.items[0]?.people).toEqual(['wang-zhigang', 'tung-ciny']);
    expect(summaries.items[0]?.countries).toEqual(['CN', 'KH', 'TH']);
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { people: { id: string }[] };
    expect(index.people.map((p) => p.id)).not.toContain('ye-dongbai');
  });
});

import { describe, expect, it } from 'vitest';
import {
  announcementSchema,
  dataIndexSchema,
  summarySchema,
  type DataIndex,
  type Summary,
} from '../src/data/schema';
import { makeAnnouncement, makeOrganization, sampleBoard } from '../src/testing/announcement-factory';
import { buildDataset } from './build-dataset';
import { EMPTY_OVERRIDES, applyOverrides, overridesSchema } from './overrides';

describe('organisations in the dataset', () => {
  it('lists them in the index by id and references them by id in the summaries', () => {
    const files = buildDataset(sampleBoard);
    const index = files.get('index.json') as DataIndex;
    expect(index.organizations).toEqual([
      { id: 'mekong-river-commission', name: 'Mekong River Commission' },
      { id: 'unesco', name: 'UNESCO' },
    ]);
    const { items } = files.get('summaries/0000.json') as { items: Summary[] };
    expect(items.map((s) => s.organizations)).toEqual([
      ['mekong-river-commission'],
      ['unesco'],
      ['unesco', 'mekong-river-commission'],
      [],
    ]);
    expect(dataIndexSchema.parse(index)).toEqual(index);
  });

  it('gives a name without Latin letters a stable id too', () => {
    const org = makeOrganization('中国科学院');
    expect(org.id).toMatch(/^org-[0-9a-f]{8}$/);
    expect(makeOrganization('中国科学院').id).toBe(org.id);
    expect(makeOrganization('中国科学技术部').id).not.toBe(org.id);
  });
});

describe('data written before organisations had ids', () => {
  it('is still read: bare names get the id the ingest would give, and the rest has no organisations', () => {
    const old = { ...makeAnnouncement({ title: 'Old' }), organizations: ['UNESCO', 'Ministry of X'] };
    expect(announcementSchema.parse(old).organizations).toEqual([
      { id: 'unesco', name: 'UNESCO' },
      { id: 'ministry-of-x', name: 'Ministry of X' },
    ]);
    const summary = {
      id: 'old',
      title: 'Old',
      date: null,
      people: [],
      countries: [],
      events: [],
      places: [],
    };
    expect(summarySchema.parse(summary).organizations).toEqual([]);
    const index = { schemaVersion: 1, count: 0, people: [], events: [], shards: [] };
    expect(dataIndexSchema.parse(index).organizations).toEqual([]);
  });

  it('still rejects an empty name or a bad id', () => {
    const base = makeAnnouncement({ title: 'Bad' });
    expect(announcementSchema.safeParse({ ...base, organizations: ['  '] }).success).toBe(false);
    expect(
      announcementSchema.safeParse({ ...base, organizations: [{ id: 'Not A Slug', name: 'X' }] }).success,
    ).toBe(false);
  });
});

describe('overrides of organisations', () => {
  const extracted = makeAnnouncement({
    title: 'Talks',
    organizations: [
      makeOrganization('MOST'),
      makeOrganization('Ministry of Science and Technology'),
      makeOrganization('Chamber of Commerce'),
    ],
  });

  it('renames and merges by alias (the id follows the name) and ignores by name or id', () => {
    const overrides = overridesSchema.parse({
      aliases: { organizations: { MOST: 'Ministry of Science and Technology' } },
      ignore: { organizations: ['chamber-of-commerce'] },
    });
    expect(applyOverrides(extracted, overrides).organizations).toEqual([
      { id: 'ministry-of-science-and-technology', name: 'Ministry of Science and Technology' },
    ]);
    expect(applyOverrides(extracted, EMPTY_OVERRIDES).organizations).toHaveLength(3);
  });

  it('accepts corrections that list organisations by name', () => {
    const overrides = overridesSchema.parse({
      corrections: { 'test-factory': { organizations: ['UNESCO'] } },
    });
    expect(applyOverrides(extracted, overrides).organizations).toEqual([{ id: 'unesco', name: 'UNESCO' }]);
  });
});

import { buildDataset } from '../../ingest/build-dataset';
import { slugify } from '../../ingest/ids';
import type { Announcement, Person } from '../data/schema';

/** Data made up for tests, marked generated like every generated item. */
export function makeAnnouncement(overrides: Partial<Announcement> & { title: string }): Announcement {
  return {
    id: slugify(overrides.title, 60),
    date: '2020-01-01',
    section: 'Announcement Board',
    paragraphs: [`${overrides.title}. A test announcement written for the test suite.`],
    people: [],
    countries: [],
    blocs: [],
    events: [],
    organizations: [],
    places: [],
    source: 'test-factory',
    generated: true,
    ...overrides,
  };
}

export function makePerson(name: string, country: string | null, titles: string[] = []): Person {
  return { id: slugify(name), name, titles, country };
}

export function makeEvent(name: string) {
  return { id: slugify(name), name };
}

/** The dataset's files (path → JSON value) for some announcements, as the ingest would write them. */
export function datasetFiles(
  announcements: readonly Announcement[],
  shardSize?: number,
): Map<string, unknown> {
  return buildDataset(announcements, shardSize);
}

const alice = makePerson('Alice Moreau', 'FR', ['Minister of Research']);
const nguyen = makePerson('Nguyen Van An', 'VN', ['Vice Minister of Science and Technology']);
const somchai = makePerson('Somchai Prasert', 'TH', ['Director-General of Innovation']);
const expo = makeEvent('3rd Mekong Innovation Expo');
const forum = makeEvent('Second Forum on Digital Cooperation');

/** A small, varied board: three countries, overlapping people and events, one undated item. */
export const sampleBoard: Announcement[] = [
  makeAnnouncement({
    title: 'Minister Alice Moreau Meets Vietnamese Delegation',
    date: '2021-03-04',
    people: [alice, nguyen],
    countries: ['FR', 'VN'],
    events: [expo],
    places: ['Hanoi'],
  }),
  makeAnnouncement({
    title: 'Vice Minister Nguyen Van An Opens Digital Forum',
    date: '2022-06-10',
    people: [nguyen, somchai],
    countries: ['TH', 'VN'],
    events: [forum],
    places: ['Bangkok'],
  }),
  makeAnnouncement({
    title: 'Thai and French Researchers Sign Agreement',
    date: '2020-11-20',
    people: [somchai, alice],
    countries: ['FR', 'TH'],
    events: [expo, forum],
    places: ['Paris'],
  }),
  makeAnnouncement({ title: 'Board Notice Without a Date', date: null, paragraphs: ['No people, no date.'] }),
];

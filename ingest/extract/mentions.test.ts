import { describe, expect, it } from 'vitest';
import { makeAnnouncement, makeEvent, makePerson } from '../../src/testing/announcement-factory';
import { findMentions } from './mentions';

const named = (paragraph: string, mentions = findMentions(announcement(paragraph))) =>
  mentions.map((m) => [m.kind, m.id, paragraph.slice(m.start, m.end)]);

function announcement(paragraph: string) {
  return makeAnnouncement({
    title: 'Test',
    paragraphs: [paragraph],
    people: [makePerson('Nguyen Van An', 'VN')],
    countries: ['CN', 'KH', 'VN'],
    events: [makeEvent('14th China-ASEAN Expo')],
  });
}

describe('findMentions', () => {
  it('finds people, demonyms and events, longest span first', () => {
    expect(named('Nguyen Van An led the Vietnamese delegation to the 14th China-ASEAN Expo.')).toEqual([
      ['person', 'nguyen-van-an', 'Nguyen Van An'],
      ['country', 'VN', 'Vietnamese'],
      ['event', '14th-china-asean-expo', '14th China-ASEAN Expo'],
    ]);
  });

  it('splits compounds into their countries, and ignores countries the announcement does not list', () => {
    expect(named('China-Cambodia cooperation, seen from France.')).toEqual([
      ['country', 'CN', 'China'],
      ['country', 'KH', 'Cambodia'],
    ]);
  });

  it('matches whole words only', () => {
    expect(named('Nguyen Van Anh is someone else.')).toEqual([]);
  });
});

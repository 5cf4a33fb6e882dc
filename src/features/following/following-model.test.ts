import { describe, expect, it } from 'vitest';
import {
  FOLLOWING_VERSION,
  MAX_FOLLOWED,
  dayAfter,
  emptyFollowing,
  findFollowed,
  follow,
  followedFeeds,
  markSeen,
  newFrom,
  readFollowing,
  unfollow,
  writeFollowing,
} from './following-model';

const now = new Date('2026-12-01T10:00:00Z');
const wang = { kind: 'person', id: 'wang-zhigang', name: 'Wang Zhigang' } as const;
const unesco = { kind: 'org', id: 'unesco', name: 'UNESCO' } as const;

describe('the stored followed list', () => {
  it('round-trips through its versioned JSON', () => {
    const state = follow(follow(emptyFollowing, wang, '2017-09-12', now), unesco, null, now);
    const text = writeFollowing(state);
    expect(JSON.parse(text)).toMatchObject({ version: FOLLOWING_VERSION });
    expect(readFollowing(text)).toEqual({ state, unreadable: false });
  });

  it('is empty, not unreadable, when nothing is stored', () => {
    expect(readFollowing(null)).toEqual({ state: emptyFollowing, unreadable: false });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another shape', '["wang-zhigang"]'],
    ['a newer version', JSON.stringify({ version: 2, items: [] })],
    [
      'an unknown kind',
      JSON.stringify({
        version: 1,
        items: [{ kind: 'planet', id: 'x', name: 'X', followedAt: now.toISOString(), seenThrough: null }],
      }),
    ],
    [
      'a bad date',
      JSON.stringify({
        version: 1,
        items: [{ ...wang, followedAt: now.toISOString(), seenThrough: '2017-02-30' }],
      }),
    ],
    [
      'an entity twice',
      JSON.stringify({
        version: 1,
        items: [
          { ...wang, followedAt: now.toISOString(), seenThrough: null },
          { ...wang, followedAt: now.toISOString(), seenThrough: null },
        ],
      }),
    ],
    [
      'too many items',
      JSON.stringify({
        version: 1,
        items: Array.from({ length: MAX_FOLLOWED + 1 }, (_, i) => ({
          ...wang,
          id: `p${i}`,
          followedAt: now.toISOString(),
          seenThrough: null,
        })),
      }),
    ],
  ])('is unreadable when it holds %s', (_, raw) => {
    expect(readFollowing(raw)).toEqual({ state: emptyFollowing, unreadable: true });
  });
});

describe('following and unfollowing', () => {
  it('follows once, newest first, and unfollows', () => {
    const one = follow(emptyFollowing, wang, '2017-09-12', now);
    const two = follow(one, unesco, '2020-01-01', now);
    expect(follow(two, wang, '2030-01-01', now)).toBe(two);
    expect(two.items.map((i) => i.id)).toEqual(['unesco', 'wang-zhigang']);
    expect(findFollowed(two, 'person', 'wang-zhigang')).toMatchObject({
      seenThrough: '2017-09-12',
      followedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(findFollowed(two, 'org', 'wang-zhigang')).toBeUndefined();
    expect(unfollow(two, 'person', 'wang-zhigang').items.map((i) => i.id)).toEqual(['unesco']);
    expect(unfollow(two, 'event', 'nothing')).toBe(two);
  });

  it('marks seen only forward, and keeps the newest name', () => {
    const state = follow(emptyFollowing, wang, '2017-09-12', now);
    expect(markSeen(state, wang, '2016-01-01')).toBe(state);
    expect(markSeen(state, wang, null)).toBe(state);
    const later = markSeen(state, { ...wang, name: 'Wang Zhi-gang' }, '2018-03-01');
    expect(findFollowed(later, 'person', 'wang-zhigang')).toMatchObject({
      seenThrough: '2018-03-01',
      name: 'Wang Zhi-gang',
    });
    expect(markSeen(state, unesco, '2030-01-01')).toBe(state);
    const undated = follow(emptyFollowing, unesco, null, now);
    expect(findFollowed(markSeen(undated, unesco, '2019-05-05'), 'org', 'unesco')?.seenThrough).toBe(
      '2019-05-05',
    );
  });
});

describe('what counts as new', () => {
  it('starts the day after the last date seen, across months and leap days', () => {
    expect(dayAfter('2017-09-12')).toBe('2017-09-13');
    expect(dayAfter('2020-02-28')).toBe('2020-02-29');
    expect(dayAfter('2019-12-31')).toBe('2020-01-01');
    expect(newFrom({ seenThrough: '2021-02-28' })).toBe('2021-03-01');
  });

  it('counts every dated announcement when nothing dated had been seen', () => {
    expect(newFrom({ seenThrough: null }) < '1900-01-01').toBe(true);
  });
});

describe('followedFeeds', () => {
  it('gives absolute feed and page URLs for each kind', () => {
    const state = follow(
      follow(emptyFollowing, wang, null, now),
      { kind: 'country', id: 'KH', name: 'Cambodia' },
      null,
      now,
    );
    expect(followedFeeds(follow(state, unesco, null, now).items, 'https://reader.example/')).toEqual([
      {
        title: 'UNESCO',
        xmlUrl: 'https://reader.example/feeds/organizations/unesco.xml',
        htmlUrl: 'https://reader.example/organizations/unesco',
      },
      {
        title: 'Cambodia',
        xmlUrl: 'https://reader.example/feeds/countries/KH.xml',
        htmlUrl: 'https://reader.example/countries/KH',
      },
      {
        title: 'Wang Zhigang',
        xmlUrl: 'https://reader.example/feeds/people/wang-zhigang.xml',
        htmlUrl: 'https://reader.example/people/wang-zhigang',
      },
    ]);
  });
});

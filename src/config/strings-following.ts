import { count, strings as core, type Kind } from './strings';

/** The following page's and the Follow button's text, with the frame's. */
export const strings = {
  ...core,
  follow: {
    ...core.follow,
    button: 'Follow',
    hint: (name: string, following: boolean) =>
      following ? `You follow ${name}: press to stop` : `Follow ${name} in this browser`,
    followed: (name: string) => `You follow ${name}. It is listed on your Following page.`,
    unfollowed: (name: string) => `You no longer follow ${name}.`,
    heading: 'Following',
    privacy:
      'What you follow is kept in this browser only (its local storage): nothing is sent anywhere, and another browser or device does not see it.',
    newExplained:
      'New: announcements dated after the newest one that was there when you followed it or last opened its page. Opening its page (or its new announcements from here) marks them seen.',
    empty: 'You follow nothing yet.',
    emptyHint:
      'Open a person, country, event or organisation and press Follow: it is listed here with what is new.',
    listLabel: 'Followed people, countries, events and organisations',
    kind: {
      person: 'Person',
      country: 'Country',
      event: 'Event',
      org: 'Organisation',
    } satisfies Record<Kind, string>,
    newCount: (n: number) => `${n.toLocaleString('en')} new`,
    newLink: (n: number, name: string) => `${count(n, 'new announcement')} about ${name}`,
    noneNew: 'Nothing new',
    all: (n: number) => `All ${count(n, 'announcement')}`,
    allLabel: (n: number, name: string) => `All ${count(n, 'announcement')} about ${name}`,
    counting: 'Counting…',
    gone: 'No longer in the data',
    unfollow: 'Unfollow',
    unfollowLabel: (name: string) => `Unfollow ${name}`,
    opmlHeading: 'In a feed reader',
    opmlText:
      'Download the Atom feeds of everything you follow as one OPML file, which feed readers import as subscriptions.',
    opmlButton: 'Download OPML',
    opmlTitle: 'Announcement Reader: followed feeds',
    opmlFile: 'announcement-reader-following.opml',
    problemTitle: 'Your followed list',
    unreadable:
      'The list saved in this browser could not be read (it was damaged or written by another version of this app), so nothing is shown. It is left as it was; if you follow something here, it is first copied to “announcement-reader:following:unreadable” in this browser’s local storage.',
    unavailable:
      'This browser does not let the page save data (storage is blocked or full): what you follow lasts until the page is closed.',
    dismiss: 'Dismiss',
  },
};

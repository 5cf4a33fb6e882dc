/**
 * Every piece of interface text, ready for translation: a translation is another set of these objects.
 * Dates and country names are not here: they come from Intl in the reader's locale. This file holds what
 * the first page (the list) and every page's frame need; each other page's text is in strings-<page>.ts,
 * which travels with that page's code (docs/decisions/0021) and adds to these.
 */
const plural = new Intl.PluralRules('en');
// One formatter: toLocaleString('en') sets one up on every call, and a list's chart and counts ask often.
const numbers = new Intl.NumberFormat('en');

/** "1 announcement", "1,234 announcements". */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${numbers.format(n)} ${plural.select(n) === 'one' ? one : other}`;
}

export const noun = { person: 'person', country: 'country', event: 'event', org: 'organisation' } as const;
export type Kind = keyof typeof noun;
export const plurals = {
  person: 'people',
  country: 'countries',
  event: 'events',
  org: 'organisations',
} as const;
export const capitalized = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

export const strings = {
  appName: 'Announcement Reader',
  tagline: 'Who met whom, from which country, at which event',
  skipToContent: 'Skip to content',
  pageTitle: (title: string) => `${title} · Announcement Reader`,
  theme: {
    label: 'Dark mode',
    on: 'on',
    off: 'off',
    hint: (dark: boolean) => (dark ? 'Dark mode is on: switch to light' : 'Dark mode is off: switch to dark'),
  },
  loading: {
    announcements: 'Loading announcements…',
    retrying: (failures: number) => `Loading is taking longer: attempt ${failures} failed, trying again…`,
  },
  generated: {
    badge: 'Generated',
    hint: 'made by the test-data generator, not a real announcement',
    entityHint: 'named only in announcements made by the test-data generator',
  },
  demo: {
    label: 'Demo data',
    counts: (generated: number, real: number) =>
      `${count(generated, 'generated announcement')} and ${count(real, 'real sample')}`,
    loadYourOwn: '— load your own with',
    command: 'npm run ingest -- <folder>',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss the demo data notice',
  },
  undated: 'Undated',
  list: {
    heading: 'Announcements',
    results: (n: number) => count(n, 'announcement'),
    resultsOf: (n: number, of: number) => `${count(n, 'announcement')} of ${of.toLocaleString('en')}`,
    stillLoading: (loaded: number, total: number) =>
      ` (loading: ${loaded.toLocaleString('en')} of ${total.toLocaleString('en')} so far)`,
    counting: 'Counting…',
    listLabel: 'Announcements',
    mentioned: 'Mentioned',
    feed: 'All announcements',
    filtersToggle: (active: number) => `Search and filters${active > 0 ? ` (${active} active)` : ''}`,
    filtersHeading: 'Search and filters',
    showResults: (n: number) => `Show ${count(n, 'result')}`,
    linkIssuesTitle: 'Parts of this link were not understood and are ignored',
    tidyLink: 'Tidy the link',
    resultsError: 'The results could not be computed',
    moreResults: 'More results',
  },
  filters: {
    label: 'Filters',
    search: 'Search',
    searchPlaceholder: 'Title, person, place, event…',
  },
  chip: (name: string, kind: Kind) => `${name}, ${noun[kind]}`,
  highlight: {
    showing: (q: string) => `Words of your search “${q}” are marked.`,
    remove: 'Remove the marks',
  },
  browse: {
    nav: 'Browse',
    menuLabel: 'Browse the archive',
    hint: 'Every person, country, event and organisation, most mentioned first',
  },
  follow: { nav: 'Following' },
  errors: {
    pageNotFound: 'Page not found',
    pageNotFoundText: 'There is no page at this address.',
    announcementNotFound: 'Announcement not found',
    announcementNotFoundText:
      'No announcement has this id. The link may be mistyped, or the announcement was removed.',
    browseAll: 'Browse all announcements',
    listFailed: 'The announcements could not be loaded',
    detailFailed: 'This announcement could not be loaded',
    transientHint: 'We tried several times. Check your connection, then retry.',
    permanentHint: 'Retrying may help if the data was being updated.',
    backToList: 'Back to all announcements',
    couldNotLoad: 'Could not load',
    unexpected: 'Something unexpected went wrong.',
    partNotLoaded: 'This part of the page could not be loaded. Check your connection, then reload the page.',
    retry: 'Retry',
    retrying: 'Retrying…',
    dataProblems: (n: number) =>
      `Some of the data could not be read (${count(n, 'problem')}); everything else is shown`,
    showWhatIsWrong: 'Show what is wrong',
    andMore: (n: number) => `and ${n.toLocaleString('en')} more`,
  },
};

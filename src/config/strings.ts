/**
 * Every piece of interface text, in one place, ready for translation: a translation is another object of
 * this shape. Dates and country names are not here: they come from Intl in the reader's locale.
 */
const plural = new Intl.PluralRules('en');

/** "1 announcement", "1,234 announcements". */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString('en')} ${plural.select(n) === 'one' ? one : other}`;
}

const noun = { person: 'person', country: 'country', event: 'event' } as const;
type Kind = keyof typeof noun;
const capitalized = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

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
  generated: { badge: 'Generated', hint: 'made by the test-data generator, not a real announcement' },
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
    emptyFilteredTitle: 'No announcement matches these filters',
    emptyFilteredText: (loading: boolean) =>
      `Every selected filter has to match. Remove one, or start again.${loading ? ' More announcements are still loading.' : ''}`,
    emptyTitle: 'No announcements yet',
    emptyText: 'The dataset is empty. Run the ingest command to add announcements.',
    clearAllFilters: 'Clear all filters',
    linkIssuesTitle: 'Parts of this link were not understood and are ignored',
    tidyLink: 'Tidy the link',
    resultsError: 'The results could not be computed',
    moreResults: 'More results',
  },
  filters: {
    label: 'Filters',
    search: 'Search',
    searchPlaceholder: 'Title, person, place, event…',
    facetTitle: { person: 'People', country: 'Countries', event: 'Events' } satisfies Record<Kind, string>,
    noun,
    find: (kind: Kind) => `Find a ${noun[kind]}`,
    noneInResults: 'None in these results',
    noMatch: (kind: Kind, text: string) => `No ${noun[kind]} matches “${text}”`,
    showFewer: 'Show fewer',
    showTop: (n: number, all: boolean) => `Show ${all ? 'all' : 'top'} ${n}`,
    typeToFind: (n: number) => `Type above to find among all ${n.toLocaleString('en')}.`,
    date: 'Date',
    from: 'From',
    to: 'To',
    active: 'Active filters',
    clearAll: 'Clear all',
    remove: (label: string) => `Remove filter ${label}`,
    chip: {
      search: (q: string) => `Search: “${q}”`,
      value: (kind: Kind, label: string) => `${capitalized(noun[kind])}: ${label}`,
      unknown: (kind: Kind, value: string) => `Unknown ${noun[kind]}: ${value}`,
      from: (date: string) => `From ${date}`,
      to: (date: string) => `To ${date}`,
    },
  },
  chip: (name: string, kind: Kind) => `${name}, ${noun[kind]}`,
  detail: {
    breadcrumbHome: 'Home',
    breadcrumb: 'Breadcrumb',
    sectionFallback: 'Announcements',
    backToResults: '← Back to results',
    allAnnouncements: '← All announcements',
    source: (source: string) => `Source: ${source}`,
    panel: 'People, countries and events in this announcement',
    people: 'People',
    countries: 'Countries',
    blocs: 'Blocs',
    events: 'Events',
    organizations: 'Organisations',
    places: 'Places',
    filter: 'filter',
    filterBy: (name: string) => `Filter the list by ${name}`,
    related: 'Related announcements',
  },
  share: {
    button: 'Share',
    copied: 'Link copied to the clipboard.',
    copyThis: 'Copy this link:',
    linkLabel: 'Link to this announcement',
  },
  entity: {
    plural: { person: 'People', country: 'Countries', event: 'Events' } satisfies Record<Kind, string>,
    notFoundTitle: (kind: Kind) => `No such ${noun[kind]}`,
    notFoundText: (kind: Kind, id: string) => `No announcement mentions a ${noun[kind]} with the id “${id}”.`,
    mentionedIn: (n: number) => `Mentioned in ${count(n, 'announcement')}`,
    filterList: (kind: Kind) => `Filter the list by this ${noun[kind]}`,
    feed: 'Atom feed',
    feedTitle: (name: string) => `Announcements: ${name}`,
    timeline: 'Announcements, newest first',
    about: (name: string) => `About ${name}`,
    titlesOverTime: 'Titles over time',
    titlesError: (message: string) => `Titles could not be loaded: ${message}`,
    noTitles: 'No title given in the announcements.',
    mentions: (n: number) => count(n, 'mention'),
    appearsWith: 'Appears most with',
    nobodyElse: 'Nobody else yet.',
    noCountry: 'No country mentioned.',
    noEvent: 'No event mentioned.',
    peopleFrom: (country: string) => `People from ${country}`,
    noPeopleFrom: 'No person from here is named yet.',
    noOtherCountry: 'No other country.',
    editions: 'Editions of this series',
    noPerson: 'No person named.',
    undated: 'undated',
  },
  exportResults: {
    label: 'Download these results',
    download: (format: 'csv' | 'json') => `Download ${format.toUpperCase()}`,
    preparing: (format: 'csv' | 'json', n: number) =>
      `Preparing the ${format.toUpperCase()} file of ${count(n, 'announcement')}…`,
    waiting: 'Waiting for every announcement to load…',
    progress: (format: 'csv' | 'json') => `${format.toUpperCase()} file being prepared`,
    done: (fileName: string, n: number) => `Downloaded ${fileName} (${count(n, 'announcement')}).`,
    failed: (message: string) => `The file could not be made: ${message}`,
  },
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
    retry: 'Retry',
    retrying: 'Retrying…',
    dataProblems: (n: number) =>
      `Some of the data could not be read (${count(n, 'problem')}); everything else is shown`,
    showWhatIsWrong: 'Show what is wrong',
    andMore: (n: number) => `and ${n.toLocaleString('en')} more`,
  },
};

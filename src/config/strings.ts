/**
 * Every piece of interface text, in one place, ready for translation: a translation is another object of
 * this shape. Dates and country names are not here: they come from Intl in the reader's locale.
 */
const plural = new Intl.PluralRules('en');

/** "1 announcement", "1,234 announcements". */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString('en')} ${plural.select(n) === 'one' ? one : other}`;
}

const noun = { person: 'person', country: 'country', event: 'event', org: 'organisation' } as const;
type Kind = keyof typeof noun;
const plurals = { person: 'people', country: 'countries', event: 'events', org: 'organisations' } as const;
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
    facetTitle: {
      person: 'People',
      country: 'Countries',
      event: 'Events',
      org: 'Organisations',
    } satisfies Record<Kind, string>,
    noun,
    find: (kind: Kind) => `Find ${kind === 'org' ? 'an' : 'a'} ${noun[kind]}`,
    noneInResults: 'None in these results',
    noMatch: (kind: Kind, text: string) => `No ${noun[kind]} matches “${text}”`,
    showFewer: 'Show fewer',
    showTop: (n: number, all: boolean) => `Show ${all ? 'all' : 'top'} ${n}`,
    typeToFind: (n: number) => `Type above to find among all ${n.toLocaleString('en')}.`,
    date: 'Date',
    from: 'From',
    to: 'To',
    match: (kind: Kind) => `How the selected ${plurals[kind]} combine`,
    matchLabel: 'Match',
    matchAll: 'All',
    matchAny: 'Any',
    exclude: (label: string) => `Exclude ${label}`,
    sort: 'Sort',
    sorts: { newest: 'Newest first', oldest: 'Oldest first', relevance: 'Best match' },
    relevanceNeedsQuery: 'Best match needs a search text: newest first meanwhile.',
    active: 'Active filters',
    clearAll: 'Clear all',
    remove: (label: string) => `Remove filter ${label}`,
    chip: {
      search: (q: string) => `Search: “${q}”`,
      value: (kind: Kind, label: string) => `${capitalized(noun[kind])}: ${label}`,
      anyOf: (kind: Kind, labels: readonly string[]) =>
        `${capitalized(noun[kind])}: any of ${new Intl.ListFormat('en', { type: 'unit' }).format(labels)}`,
      not: (label: string) => `Not ${label}`,
      notUnknown: (kind: Kind, value: string) => `Not ${value} (unknown ${noun[kind]})`,
      unknown: (kind: Kind, value: string) => `Unknown ${noun[kind]}: ${value}`,
      from: (date: string) => `From ${date}`,
      to: (date: string) => `To ${date}`,
    },
  },
  chip: (name: string, kind: Kind) => `${name}, ${noun[kind]}`,
  histogram: {
    title: (unit: 'year' | 'month') => `Announcements per ${unit}`,
    bar: (period: string, n: number) => `${period}: ${count(n, 'announcement')}`,
    hint: 'Choose a bar to see that period only.',
    widen: 'Show all dates',
  },
  highlight: {
    showing: (q: string) => `Words of your search “${q}” are marked.`,
    remove: 'Remove the marks',
  },
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
    plural: {
      person: 'People',
      country: 'Countries',
      event: 'Events',
      org: 'Organisations',
    } satisfies Record<Kind, string>,
    notFoundTitle: (kind: Kind) => `No such ${noun[kind]}`,
    notFoundText: (kind: Kind, id: string) =>
      `No announcement mentions ${kind === 'org' ? 'an' : 'a'} ${noun[kind]} with the id “${id}”.`,
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
    ignoredFilters:
      'This page narrows its announcements by dates only: the other filters in its address are not applied.',
    ignoredFiltersLink: 'See these filters in the list',
    nobodyElse: 'Nobody else yet.',
    noCountry: 'No country mentioned.',
    noEvent: 'No event mentioned.',
    peopleFrom: (country: string) => `People from ${country}`,
    noPeopleFrom: 'No person from here is named yet.',
    noOtherCountry: 'No other country.',
    editions: 'Editions of this series',
    noPerson: 'No person named.',
    seenWith: 'People seen with it',
    otherOrganizations: 'Other organisations',
    noOrganization: 'No other organisation.',
    undated: 'undated',
  },
  browse: {
    nav: 'Browse',
    menuLabel: 'Browse the archive',
    hint: 'Every person, country, event and organisation, most mentioned first',
  },
  /** The directories' headings are `entity.plural`. */
  directory: {
    intro: (kind: Kind) =>
      `Every ${noun[kind]} named in this archive, with how many announcements mention each.`,
    others: 'Other directories',
    sort: 'Sort',
    sorts: { mentions: 'Most mentioned', name: 'A–Z' },
    mentions: (n: number) => count(n, 'announcement'),
    /** The line above the list; `total` is null until known, `cut` when the worker's limit cut the list. */
    showing: (kind: Kind, shown: number, total: number | null, q: string, cut: boolean) => {
      const all = (n: number) => count(n, noun[kind], plurals[kind]);
      if (q === '') {
        if (!cut) return all(shown);
        return total === null
          ? `Showing the ${shown.toLocaleString('en')} most mentioned ${plurals[kind]}. Type in the box to find any other.`
          : `Showing the ${shown.toLocaleString('en')} most mentioned of ${all(total)}. Type in the box to find any other.`;
      }
      if (cut)
        return `Showing the ${shown.toLocaleString('en')} most mentioned ${plurals[kind]} matching “${q}”: there may be more. Type more of the name to narrow.`;
      return total === null
        ? `${all(shown)} matching “${q}”`
        : `${shown.toLocaleString('en')} of ${all(total)} matching “${q}”`;
    },
    noMatchHint: 'Only names are searched. Check the spelling, or type less of the name.',
    showAll: (kind: Kind) => `Show all ${plurals[kind]}`,
    emptyTitle: (kind: Kind) => `No ${plurals[kind]} in this archive yet`,
    emptyText: 'None of the announcements names one. Run the ingest command to add announcements.',
    failed: (kind: Kind) => `The ${plurals[kind]} could not be listed`,
    loading: (kind: Kind) => `Loading the ${plurals[kind]}…`,
  },
  follow: {
    nav: 'Following',
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

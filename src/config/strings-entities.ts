import { strings as detail } from './strings-detail';
import { strings as filters } from './strings-filters';
import { count, noun, plurals, type Kind } from './strings';

/** The entity pages' and the directories' text, with the detail's and the frame's. */
export const strings = {
  ...detail,
  filters: filters.filters,
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
};

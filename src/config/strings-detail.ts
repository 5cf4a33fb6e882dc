import { strings as core } from './strings';

/** The detail's text, with the frame's (strings.ts). */
export const strings = {
  ...core,
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
};

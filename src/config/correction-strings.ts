/**
 * The strings of "Suggest a correction", apart from strings.ts because only the detail's lazily loaded
 * chunk needs them (strings.ts is in the first download, docs/decisions/0007).
 */
export const correctionStrings = {
  open: 'Suggest a correction',
  intro:
    'Name what the reader got wrong in this announcement. The page writes the entry the editors paste into data/overrides.json; nothing is sent until you send it.',
  action: 'What should change?',
  actions: {
    remove: 'Remove',
    rename: 'Rename',
    merge: 'Merge into another',
    add: 'Add',
  },
  kind: 'Which kind?',
  kinds: {
    people: 'Person',
    countries: 'Country',
    events: 'Event',
    organizations: 'Organisation',
    places: 'Place',
  },
  which: 'Which one?',
  noneOfKind: 'This announcement names none of this kind.',
  newName: 'New name',
  into: 'Merge into',
  intoHint: {
    people: 'The person’s id: the end of their page’s address, e.g. wang-zhigang.',
    countries: 'The country’s two-letter code, e.g. KH.',
    events: 'The event’s id: the end of its page’s address, e.g. 14th-china-asean-expo.',
    organizations: 'The organisation’s id: the end of its page’s address, e.g. unesco.',
    places: 'The place’s name as it should be.',
  },
  addName: 'Name',
  addCode: 'Two-letter country code',
  personCountry: 'Their country (two-letter code, optional)',
  countryCodeHint: 'e.g. KH for Cambodia',
  addChange: 'Add to the suggestion',
  changes: 'Your suggestion',
  removeChange: (what: string) => `Take out: ${what}`,
  describe: {
    remove: (what: string) => `Remove ${what}`,
    rename: (what: string, to: string) => `Rename ${what} to “${to}”`,
    merge: (what: string, into: string) => `Merge ${what} into ${into}`,
    add: (what: string) => `Add ${what}`,
  },
  entry: 'Entry for data/overrides.json',
  entryHint:
    'Editors paste the entry under "announcements" in data/overrides.json, re-run the ingest and deploy (docs/ingest.md).',
  copy: 'Copy the entry',
  copied: 'Entry copied to the clipboard.',
  copyFailed: 'Copying failed: select the entry and copy it.',
  send: 'Send it to the editors',
  mailSubject: (id: string) => `Correction for announcement ${id}`,
  errors: {
    pick: 'Choose which one.',
    name: 'Write the name.',
    sameName: 'The new name is the same as the old one.',
    id: 'Write an id: lowercase letters, digits and dashes, e.g. wang-zhigang.',
    code: 'Write a two-letter country code, e.g. KH.',
    sameTarget: 'Choose another one to merge into.',
  },
};

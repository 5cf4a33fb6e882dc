import { sameItems } from '../../../lib/same-items';
import type { ResultRow } from '../../search';

type Ref = { id: string; name: string };

const sameRef = (a: Ref, b: Ref) => a.id === b.id && a.name === b.name;

/**
 * Whether two result rows show the same: every answer of the worker is a new copy, so a row that stays in
 * the list across a click (or comes back with Back) is another object with the same content.
 */
export function sameRow(a: ResultRow, b: ResultRow): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.title === b.title &&
      a.date === b.date &&
      a.generated === b.generated &&
      a.snippet === b.snippet &&
      sameItems(a.countries, b.countries) &&
      sameItems(a.people, b.people, sameRef) &&
      sameItems(a.events, b.events, sameRef) &&
      sameItems(a.organizations, b.organizations, sameRef))
  );
}

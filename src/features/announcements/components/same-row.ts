import type { ResultRow } from '../../search';

type Ref = { id: string; name: string };

const sameRefs = (a: readonly Ref[], b: readonly Ref[]) =>
  a.length === b.length &&
  a.every((ref, i) => {
    const other = b[i];
    return other !== undefined && ref.id === other.id && ref.name === other.name;
  });
const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

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
      sameStrings(a.countries, b.countries) &&
      sameRefs(a.people, b.people) &&
      sameRefs(a.events, b.events) &&
      sameRefs(a.organizations, b.organizations))
  );
}

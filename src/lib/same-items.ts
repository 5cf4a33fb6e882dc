/**
 * Whether two lists hold the same items in the same order, by `same` (identity by default): an answer of
 * the search worker is a new copy each time, and what it shows is compared item by item.
 */
export function sameItems<T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean = Object.is,
): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => same(x, b[i] as T)));
}

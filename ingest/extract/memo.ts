/**
 * `compute`, remembering its answers by key: for lookups the stages repeat on the same keys and whose
 * answers never change. Bounded: the memory is cleared when it holds `max` answers.
 */
export function remembered<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}

/** A set of the words of a whitespace-separated list; lexicon files are written this way to stay readable. */
export const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

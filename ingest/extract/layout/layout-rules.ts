import type { Rule } from '../rules/rule';

/**
 * Lines of a release's header and sign-off blocks that are not prose: the extractors of people, events and
 * bodies skip them (countries, places and dates still read them).
 */
const HEADER_LINE =
  /^(?:(?:press|media|news)\s+(?:release|statement|note)|communiqu[ée]|statement|joint statement|for immediate release|office of the spokesperson|nota à imprensa|comunicado(?: conjunto)?|note de presse)\b|^(?:no|ref|nº|n°)\.?\s*[:.]?\s*\S*\d|^(?:date|posted|published|issued on)\b|\S+@\S+\.\S+/iu;
/** A line in capitals and figures only: "COMMUNIQUÉ", "MEDIA STATEMENT". */
const CAPITALS_LINE = /^[\p{Lu}\d\s.,:;/–—-]+$/u;

export interface LayoutInput {
  line: string;
  /** Whether the line sits before the first paragraph of prose, or after the last. */
  outsideProse: 'before' | 'after' | false;
}

export const HEADER_LINE_RULE: Rule<LayoutInput> = {
  id: 'layout.header-line',
  kind: 'layout',
  effect: 'drop',
  matches: ({ line, outsideProse }) => {
    const words = line.split(/\s+/).length;
    if ((HEADER_LINE.test(line) || CAPITALS_LINE.test(line)) && words <= 12) return true;
    // "Embassy of the Republic of Rwanda in Germany" above the text; "Ministry of Foreign Affairs, Malaysia",
    // "Putrajaya" below it (a short limit there, so a closing list of participants stays text).
    if (outsideProse === 'before') return words <= 10 && !/[.!?"”:;,]$/.test(line);
    return outsideProse === 'after' && words <= 6 && !/[.!?"”:;,]$/.test(line);
  },
  example: {
    text: 'Visit\n\nPRESS RELEASE\n\nNo. 047-2023\n\nLima, 14 March 2023 – The minister met the envoy.',
    yields: 'No. 047-2023',
  },
  why: 'Header blocks (PRESS RELEASE, reference numbers, e-mails, "Office of the Spokesperson", the sender\'s name) are not text to read names from.',
};

import { EVENT_HEADS, LOWER_ORG_HEADS, ORG_HEADS, ROLE_WORDS, isOrdinal, isYear } from './lexicon';
import { SESSION_BODIES } from './events';
import { extendLeft, extendRight, phraseText, type PhraseContext } from './phrases';
import type { TextUnit } from './text-unit';
import { isAcronym } from './tokens';

export interface OrganizationMatch {
  name: string;
  from: number;
  to: number;
}

const HEAD_FIRST =
  /^(?:Ministry|Department|Bureau|Office|Embassy|Consulate|Academy|University|Institute|Administration|Secretariat|Council|Commission|Committee|Government|Centre|Center|Agency|Authority|Federation|Association|Board|Chamber|School|College|Bank|Fund)$/;

function startsNewBody(ctx: PhraseContext, i: number): boolean {
  const word = ctx.unit.tokens[i]?.text ?? '';
  return (HEAD_FIRST.test(word) && ctx.unit.tokens[i + 1]?.text === 'of') || EVENT_HEADS.has(word);
}

/**
 * "Science and Technology Department of Guangxi Zhuang Autonomous Region and Gansu Province"
 * → one body per place, when everything after "of" is places joined by "and".
 */
function distributeOverPlaces(name: string, unit: TextUnit): string[] {
  const at = name.lastIndexOf(' of ');
  if (at < 0) return [name];
  const parts = name.slice(at + 4).split(' and ');
  if (parts.length < 2) return [name];
  const placeNames = new Set(unit.places.map((p) => p.name));
  if (!parts.every((p) => placeNames.has(p))) return [name];
  return parts.map((p) => `${name.slice(0, at)} of ${p}`);
}

/** Bodies named with a head word ("Ministry of ...", "... Commission") or a compound ("China-Cambodia joint laboratory"). */
export function extractOrganizations(ctx: PhraseContext): OrganizationMatch[] {
  const { unit } = ctx;
  const { tokens } = unit;
  const found: OrganizationMatch[] = [];
  let covered = 0;
  for (let h = 0; h < tokens.length; h++) {
    if (h < covered) continue;
    const head = tokens[h];
    if (!head) continue;
    // "Party Group Secretary": a head right before a role is part of a title.
    const beforeRole = tokens[h + 1]?.gap === ' ' && ROLE_WORDS.has(tokens[h + 1]?.text ?? '');
    if (ORG_HEADS.has(head.text) && unit.claimedBy[h] !== 'bloc' && !beforeRole) {
      let from = extendLeft(ctx, h);
      // "2018 Chulalongkorn University": a year before a body is the date, not its name.
      while (from < h && isYear(tokens[from]?.text ?? '')) from++;
      const to = extendRight(ctx, h, (i) => startsNewBody(ctx, i));
      // "the 14th China-ROK Joint Committee": a numbered session, taken as an event; but "Second Institute
      // of Oceanography" and "First Affiliated Hospital" are bodies. (Leading years were dropped above.)
      if (isOrdinal(tokens[from]?.text ?? '') && SESSION_BODIES.has(head.text)) {
        covered = to;
        continue;
      }
      const plain = to - from;
      const onlyAcronym = plain === 2 && isAcronym(tokens[to - 1]?.text ?? '');
      if (plain < 2 || onlyAcronym) continue;
      for (const name of distributeOverPlaces(phraseText(ctx, from, to), unit))
        found.push({ name, from, to });
      covered = to;
      continue;
    }
    // "the China-Cambodia joint laboratory of food industry", "China-Cambodia technology transfer center"
    if (unit.claimedBy[h] && head.text.includes('-')) {
      let k = h + 1;
      while (
        k < h + 5 &&
        tokens[k]?.gap === ' ' &&
        /^\p{Ll}/u.test(tokens[k]?.text ?? '') &&
        !LOWER_ORG_HEADS.has(tokens[k]?.text ?? '')
      )
        k++;
      if (k === h + 1 || !LOWER_ORG_HEADS.has(tokens[k]?.text ?? '') || tokens[k]?.gap !== ' ') continue;
      let end = k + 1;
      if (tokens[end]?.text === 'of' && tokens[end]?.gap === ' ') {
        let j = end + 1;
        while (
          j < end + 4 &&
          tokens[j]?.gap === ' ' &&
          /^\p{Ll}/u.test(tokens[j]?.text ?? '') &&
          tokens[j]?.text !== 'and'
        )
          j++;
        if (j > end + 1) end = j;
      }
      found.push({ name: phraseText(ctx, h, end), from: h, to: end });
      covered = end;
    }
  }
  return found;
}

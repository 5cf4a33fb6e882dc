import { isOrdinal } from '../lexicon/calendar';
import { ORG_HEADS, SESSION_BODIES } from '../lexicon/heads';
import { ROLE_WORDS } from '../lexicon/roles';
import type { PhraseContext } from '../phrases';
import type { Rule } from '../rules/rule';

export interface OrganizationHead {
  ctx: PhraseContext;
  h: number;
  /** Where the name starts, once extended to the left. */
  from: number;
}

type OrganizationRule = Rule<OrganizationHead>;

export const ORGANIZATION_RULES = {
  headWord: {
    id: 'org.head-word',
    kind: 'organization',
    effect: 'keep',
    // "Party Group Secretary": a head right before a role is part of a title.
    matches: ({ ctx, h }) =>
      ctx.unit.at.in(h, ORG_HEADS) &&
      ctx.unit.claimedBy[h] !== 'bloc' &&
      !(ctx.unit.at.spaced(h + 1) && ctx.unit.at.in(h + 1, ROLE_WORDS)),
    example: {
      text: 'Visit\n\nThe Ministry of Science and Technology (MOST) hosted the talks.',
      yields: 'Ministry of Science and Technology (MOST)',
    },
    why: 'A head word (Ministry, University, Institute ...) with the capitalised words, connectors and acronym around it.',
  },
  numberedSession: {
    id: 'org.numbered-session',
    kind: 'organization',
    effect: 'drop',
    matches: ({ ctx, h, from }) => isOrdinal(ctx.unit.at.text(from)) && ctx.unit.at.in(h, SESSION_BODIES),
    example: {
      text: 'Visit\n\nThe 14th China-ROK Joint Committee on Energy met in Seoul.',
      yields: '14th China-ROK Joint Committee on Energy',
    },
    why: 'A numbered Committee or Commission is one of its sessions, an event; "Second Institute of Oceanography" stays a body.',
  },
  lowerCompound: {
    id: 'org.lower-compound',
    kind: 'organization',
    effect: 'keep',
    matches: ({ ctx, h }) => !!ctx.unit.claimedBy[h] && ctx.unit.at.text(h).includes('-'),
    example: {
      text: 'Visit\n\nThey toured the China-Cambodia technology transfer center in Phnom Penh.',
      yields: 'China-Cambodia technology transfer center',
    },
    why: 'A compound of countries before a lower-case body ("joint laboratory", "transfer center") names that body.',
  },
} satisfies Record<string, OrganizationRule>;

import { isYear } from '../lexicon/calendar';
import { BODY_ROLE_MODIFIERS } from '../lexicon/roles';
import { HEAD_FIRST_ORG_HEADS, LOWER_ORG_HEADS, SHORT_NAMED_HEADS } from '../lexicon/heads';
import { extendLeft, extendRight, phraseText, type PhraseContext } from '../phrases';
import type { TextUnit } from '../tagging/tag-unit';
import { isAcronym } from '../tokens';
import type { Trace } from '../rules/rule';
import {
  ORGANIZATION_DROPS,
  ORGANIZATION_EXTENSIONS,
  ORGANIZATION_LEFT_EXTENSIONS,
  ORGANIZATION_OUTLET,
  ORGANIZATION_PART_OF,
  ORGANIZATION_RULES,
  internationalBodyEnd,
  promotionAgencyEnd,
  startsNewBody,
} from './organization-rules';

export interface OrganizationMatch {
  name: string;
  from: number;
  to: number;
}

const COMPLEMENT_WORDS = new Set(['of', 'for', 'on']);

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
export function extractOrganizations(ctx: PhraseContext, trace?: Trace): OrganizationMatch[] {
  const { unit } = ctx;
  const { tokens, at } = unit;
  const found: OrganizationMatch[] = [];
  const record = (rule: string, value: string, kept: boolean) =>
    trace?.push({ kind: 'organization', rule, value, kept, paragraph: unit.index });
  const {
    headWord,
    tradeName,
    armedService,
    backer,
    internationalBody,
    promotionAgency,
    numberedSession,
    lowerCompound,
  } = ORGANIZATION_RULES;
  let covered = 0;
  const outlet = ORGANIZATION_OUTLET.matches(ctx);
  if (outlet) {
    const name = phraseText(ctx, outlet.from, outlet.to);
    record(ORGANIZATION_OUTLET.id, name, true);
    found.push({ name, ...outlet });
    covered = outlet.to;
  }
  for (let h = 0; h < tokens.length; h++) {
    if (h < covered || !at.exists(h)) continue;
    const named = internationalBody.matches({ ctx, h, from: h })
      ? { rule: internationalBody, to: internationalBodyEnd(ctx, h) }
      : promotionAgency.matches({ ctx, h, from: h })
        ? { rule: promotionAgency, to: promotionAgencyEnd(ctx, h) }
        : null;
    if (named) {
      const { to } = named;
      const name = phraseText(ctx, h, to);
      record(named.rule.id, name, true);
      found.push({ name, from: h, to });
      covered = to;
      continue;
    }
    const head = headWord.matches({ ctx, h, from: h })
      ? headWord
      : tradeName.matches({ ctx, h, from: h })
        ? tradeName
        : armedService.matches({ ctx, h, from: h })
          ? armedService
          : backer.matches({ ctx, h, from: h })
            ? backer
            : undefined;
    if (head) {
      // A head-first head opens its name ("... and Universitas Gadjah Mada" is another body).
      let from = at.in(h, HEAD_FIRST_ORG_HEADS) ? h : extendLeft(ctx, h);
      // "the Faculty of Civil Engineering": a trade word in another body's complement names no company.
      if (head === tradeName && (from === h || at.in(from - 1, COMPLEMENT_WORDS))) continue;
      // "2018 Chulalongkorn University": a year before a body is the date, not its name.
      while (from < h && isYear(at.text(from))) from++;
      const extensions: string[] = [];
      for (const rule of ORGANIZATION_LEFT_EXTENSIONS) {
        const start = rule.matches({ ctx, from, to: h + 1 });
        if (start < from) {
          from = start;
          extensions.push(rule.id);
        }
      }
      let to = extendRight(ctx, h, (i) => startsNewBody(ctx, i));
      for (const rule of ORGANIZATION_EXTENSIONS) {
        const end = rule.matches({ ctx, from, to });
        if (end > to) {
          to = end;
          extensions.push(rule.id);
        }
      }
      if (numberedSession.matches({ ctx, h, from })) {
        record(numberedSession.id, phraseText(ctx, from, to), false);
        covered = to;
        continue;
      }
      if (at.in(h, SHORT_NAMED_HEADS) && !at.gap(to - 1).endsWith('(')) continue;
      const drop = ORGANIZATION_DROPS.find((rule) => rule.matches({ ctx, from, to }));
      if (drop) {
        record(drop.id, phraseText(ctx, from, to), false);
        // "the Spanish Presidency of the Council of the EU": a body named inside still counts.
        covered = h + 1;
        continue;
      }
      const plain = to - from;
      const onlyAcronym = plain === 2 && isAcronym(at.text(to - 1));
      // "the Executive Board": a kind of body with no name.
      const onlyKind = plain === 2 && at.in(from, BODY_ROLE_MODIFIERS);
      if (plain < 2 || onlyAcronym || onlyKind) continue;
      const of = ORGANIZATION_PART_OF.matches({ ctx, from, to });
      if (of > 0) {
        const part = phraseText(ctx, from, of);
        const partDrop = ORGANIZATION_DROPS.find((rule) => rule.matches({ ctx, from, to: of }));
        record(partDrop?.id ?? ORGANIZATION_PART_OF.id, part, !partDrop);
        if (!partDrop) found.push({ name: part, from, to: of });
        // "of the Ministry" alone names no body.
        if (to - of > 3) {
          const whole = phraseText(ctx, of + 2, to);
          record(head.id, whole, true);
          found.push({ name: whole, from: of + 2, to });
        }
        covered = to;
        continue;
      }
      for (const name of distributeOverPlaces(phraseText(ctx, from, to), unit)) {
        record(head.id, name, true);
        for (const id of extensions) record(id, name, true);
        found.push({ name, from, to });
      }
      covered = to;
      continue;
    }
    if (lowerCompound.matches({ ctx, h, from: h })) {
      let k = h + 1;
      while (k < h + 5 && at.spaced(k) && /^\p{Ll}/u.test(at.text(k)) && !at.in(k, LOWER_ORG_HEADS)) k++;
      if (k === h + 1 || !at.in(k, LOWER_ORG_HEADS) || !at.spaced(k)) continue;
      let end = k + 1;
      if (at.text(end) === 'of' && at.spaced(end)) {
        let j = end + 1;
        while (j < end + 4 && at.spaced(j) && /^\p{Ll}/u.test(at.text(j)) && at.text(j) !== 'and') j++;
        if (j > end + 1) end = j;
      }
      const name = phraseText(ctx, h, end);
      record(lowerCompound.id, name, true);
      found.push({ name, from: h, to: end });
      covered = end;
    }
  }
  return found;
}

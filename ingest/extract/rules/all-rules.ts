import { DATE_MASTHEAD, DATE_RULES } from '../date/date-rules';
import {
  EVENT_HEAD_INSIDE_NAME,
  EVENT_IN_REGION,
  EVENT_LEFT_EXTENSIONS,
  EVENT_NAMED_HEADS,
  EVENT_NO_MODIFIER,
  EVENT_PART_OF_EVENT,
  EVENT_RIGHT_EXTENSIONS,
  EVENT_RULES,
  EVENT_SHORT_MENTION,
  EVENT_TITLE_RULES,
} from '../events/event-rules';
import { HEADER_LINE_RULE } from '../layout/layout-rules';
import { HEADLINE_PUBLISHER_RULE, PUBLISHER_RULES } from '../layout/publisher';
import {
  ORGANIZATION_DROPS,
  ORGANIZATION_EXTENSIONS,
  ORGANIZATION_OUTLET,
  ORGANIZATION_RULES,
} from '../organizations/organization-rules';
import { NAME_SHAPE_RULES } from '../people/candidates';
import {
  COURTESY_COUNTRY_RULE,
  FALLBACK_COUNTRY_RULES,
  FOREIGN_NAME_RULE,
  NAME_LETTERS_RULE,
  HOME_OFFICIAL_RULE,
  REMAINING_SIDE_RULE,
  JOURNALIST_RULE,
  MENTION_COUNTRY_RULES,
  SPELLING_COUNTRY_RULE,
  TITLE_COUNTRY_RULES,
} from '../people/country-rules';
import {
  PERSON_DROP_RULES,
  PERSON_EVIDENCE_RULES,
  PERSON_HEADLINE_RULE,
  PERSON_RESOLUTION_RULES,
  PERSON_TABLE_COUNTRY_RULE,
} from '../people/person-rules';
import type { RuleExample, RuleKind } from './rule';

/** What every rule shows of itself, whatever its input: for the tests, the evaluation and the docs. */
export interface RuleInfo {
  id: string;
  kind: RuleKind;
  effect: 'keep' | 'drop';
  example: RuleExample;
  why: string;
}

/** Every rule of the pipeline, stage by stage, in the order the stages try them. */
export const ALL_RULES: readonly RuleInfo[] = [
  HEADER_LINE_RULE,
  ...PUBLISHER_RULES,
  HEADLINE_PUBLISHER_RULE,
  ...NAME_SHAPE_RULES,
  ...PERSON_DROP_RULES,
  ...PERSON_EVIDENCE_RULES,
  PERSON_HEADLINE_RULE,
  ...Object.values(PERSON_RESOLUTION_RULES),
  PERSON_TABLE_COUNTRY_RULE,
  ...TITLE_COUNTRY_RULES,
  ...MENTION_COUNTRY_RULES,
  SPELLING_COUNTRY_RULE,
  COURTESY_COUNTRY_RULE,
  FOREIGN_NAME_RULE,
  NAME_LETTERS_RULE,
  HOME_OFFICIAL_RULE,
  REMAINING_SIDE_RULE,
  JOURNALIST_RULE,
  ...FALLBACK_COUNTRY_RULES,
  ...EVENT_NAMED_HEADS,
  ...EVENT_RULES,
  EVENT_HEAD_INSIDE_NAME,
  ...EVENT_LEFT_EXTENSIONS,
  ...EVENT_RIGHT_EXTENSIONS,
  EVENT_IN_REGION,
  EVENT_PART_OF_EVENT,
  EVENT_NO_MODIFIER,
  ...EVENT_TITLE_RULES,
  EVENT_SHORT_MENTION,
  ...Object.values(ORGANIZATION_RULES),
  ...ORGANIZATION_EXTENSIONS,
  ...ORGANIZATION_DROPS,
  ORGANIZATION_OUTLET,
  ...DATE_RULES,
  DATE_MASTHEAD,
];

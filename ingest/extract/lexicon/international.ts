/** Bodies whose officials serve no one country: a title naming one gives its holder no home country. */
export const INTERNATIONAL =
  /\b(?:European Commission(?:er)?|European Parliament|United Nations|UN|UNESCO|UNDP|UNIDO|UNEP|UNICEF|UNHCR|UNFPA|UNRWA|UNAIDS|UNCTAD|UNODC|UNOPS|OCHA|WFP|ILO|IOM|WHO|WTO|FAO|IAEA|ITU|WIPO|World|Asian Development Bank|AIIB|International (?:Atomic|Telecommunication|Organization|Organisation|Science Council)|International(?: [A-Z][a-z-]+){1,3} (?:Council|Federation)|Organi[sz]ation of American States|OAS|Pan American Health Organi[sz]ation|PAHO|SICA|Central American Integration System|Nordic Council|Council of the Baltic Sea States|CBSS|Indian Ocean Rim Association|IORA|Commonwealth Secretariat|OSCE|OIC|Organi[sz]ation of Islamic Cooperation|Andean Community|OECS|Caribbean Community|IMF|UNFCCC|Interpol|INTERPOL|Europol|Frontex|Eurojust)\b/;

/**
 * What else says a person works for an international body, not a government: development banks and
 * global funds by name.
 * Read for people only: a bank's release about one country still has that country's officials in it.
 */
export const INTERNATIONAL_STAFF =
  /\b(?:ADB|AfDB|IDB|IsDB|EBRD|EIB|IFAD|GEF|(?:African|Asian|Caribbean|Inter-American|Islamic|New) Development (?:Bank|Fund)|European (?:Investment Bank|Bank for Reconstruction and Development)|Green Climate Fund|Global Fund|Global Environment Facility)\b/;

/**
 * The posts such bodies give, opening the title ("KOICA Country Director" names a national agency first),
 * and any post of "the Bank" or "the Fund" a release names by that word alone (its lender); a bare "Executive
 * Secretary" or "Secretary-General" (a ministry's is "of the Ministry ...") heads a secretariat of several states.
 */
export const INTERNATIONAL_POST =
  /^(?:(?:Bank|Fund)['’]s |(?:Country|Resident) (?:Director|Manager|Representative|Coordinator|Economist)\b|(?:Executive Secretary|Secretary[- ]General)(?:, [A-Z]{2,})?$)/;

const REGIONS = String.raw`(?:Regional|African|Asian|Arab|European|Caribbean|Pacific|Mediterranean|Inter-American|Pan-American|Latin American|Ibero-American)`;
const BODY_HEADS = String.raw`(?:Bank|Fund|Confederation|Federation|Union|Organi[sz]ation|Association|Council|Commission|Agency|Court)`;
/** "Union for the Mediterranean": a body for a region, which a portfolio's "for the ..." is not. */
export const BODY_FOR_REGION = new RegExp(String.raw`\b${BODY_HEADS} for (?:the )?${REGIONS}\b`, 'u');

/**
 * A body named after a continent or a region ("African Export-Import Bank", "European Border and Coast
 * Guard Agency", "Confederation of African Athletics"): its officials serve the region, not one country. Not a ministry's department ("Asian Affairs").
 */
export const REGIONAL_BODY = new RegExp(
  String.raw`\b${REGIONS}(?: (?:\p{Lu}[\p{L}-]*|and))* ${BODY_HEADS}\b|\b${BODY_HEADS} (?:of|for) (?:the )?${REGIONS}\b(?! Affairs)`,
  'u',
);

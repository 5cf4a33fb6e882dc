/** Bodies whose officials serve no one country: a title naming one gives its holder no home country. */
export const INTERNATIONAL =
  /\b(?:European Commission(?:er)?|European Parliament|United Nations|UN|UNESCO|UNDP|UNIDO|UNEP|WHO|WTO|FAO|IAEA|ITU|WIPO|World|Asian Development Bank|AIIB|International (?:Atomic|Telecommunication|Organization|Organisation|Science Council)|Organi[sz]ation of American States|OAS|SICA|Central American Integration System|Nordic Council|Council of the Baltic Sea States|CBSS|Indian Ocean Rim Association|IORA|Commonwealth Secretariat|OSCE|OIC|Organi[sz]ation of Islamic Cooperation|Andean Community|OECS|Caribbean Community|IMF|Interpol|INTERPOL)\b/;

/**
 * What else says a person works for an international body, not a government: development banks and
 * global funds by name.
 * Read for people only: a bank's release about one country still has that country's officials in it.
 */
export const INTERNATIONAL_STAFF =
  /\b(?:ADB|AfDB|IDB|IsDB|EBRD|EIB|IFAD|GEF|(?:African|Asian|Caribbean|Inter-American|Islamic|New) Development (?:Bank|Fund)|European (?:Investment Bank|Bank for Reconstruction and Development)|Green Climate Fund|Global Fund|Global Environment Facility)\b/;

/**
 * The posts such bodies give, opening the title or after "the Bank's" ("KOICA Country Director" names a
 * national agency first).
 */
export const INTERNATIONAL_POST = /^(?:(?:Bank|Fund)['’]s )?(?:Country|Resident) (?:Director|Manager|Representative|Coordinator|Economist)\b/;

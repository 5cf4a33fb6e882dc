/** Bodies whose officials serve no one country: a title naming one gives its holder no home country. */
export const INTERNATIONAL =
  /\b(?:European Commission(?:er)?|European Parliament|United Nations|UN|UNESCO|UNDP|UNIDO|UNEP|WHO|WTO|FAO|IAEA|ITU|WIPO|World|Asian Development Bank|AIIB|International (?:Atomic|Telecommunication|Organization|Organisation|Science Council))\b/;

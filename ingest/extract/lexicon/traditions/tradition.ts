/**
 * How one tradition writes a person's name: the courtesy forms put before it, the particles inside it, and,
 * where the writing itself says so, the country it points to. The person stage reads only the union of all
 * traditions (`index.ts`); no tradition or country is named inside a stage.
 */
export interface NameTradition {
  id: string;
  /**
   * Single-word courtesy forms that stand before a name and are not part of it ("Datuk", "Samdech"); with
   * the one country that uses the form, when only one does.
   */
  honorifics?: ReadonlyArray<readonly [form: string, country: string | null]>;
  /**
   * Courtesy forms taken off the start of a run of name words when two name words remain: forms of two
   * words ("Tan Sri") and of one letter ("U"), which a list of single stop words cannot hold.
   */
  leadingForms?: ReadonlyArray<readonly [form: string, country: string | null]>;
  /**
   * Courtesy forms of one country that are given names elsewhere (Fiji's "Adi" is an Indonesian given name):
   * taken off the start of a name of two words or more only where the paragraph names that country.
   */
  localForms?: ReadonlyArray<readonly [form: string, country: string]>;
  /** Lower-case words inside a name ("bin", "van der"). */
  particles?: readonly string[];
  /**
   * Courtesy forms that a parent's name keeps inside a name, after a particle ("bin Haji Ismail"); before
   * the name they are still courtesy forms.
   */
  innerForms?: readonly string[];
  /** Initials of two letters that write one sound of a name's first letter ("Ts." of Tsend, "Ch." of Chandra). */
  initials?: readonly string[];
  /** Lower-case patronymic words after the father's name, inside a name or ending it ("oglu", "kyzy"). */
  patronymics?: readonly string[];
  /** Whether a name is written the way this tradition writes names (pinyin for Chinese). */
  isName?: (words: readonly string[]) => boolean;
  /** The country whose people write names this way, when the writing alone says so. */
  country?: string;
  /**
   * Whether a name is spelt in letters that only this tradition's country writes (Vietnamese "ư", "ơ",
   * tone marks), so that the spelling tells the country wherever the name appears.
   */
  spelledOnlyHere?: (words: readonly string[]) => boolean;
  /** Whether a word is one of this tradition's surnames, as written in prose ("Liu", "Nguyễn", "Kim"). */
  hasSurname?: (word: string) => boolean;
}

/**
 * Everything a stage needs to know about one language, in one place: adding a language is a folder with a
 * module like this one and its tests. Patterns are tested on lowercased text unless they say otherwise.
 */
export interface Locale {
  /** ISO 639-1 code. */
  code: string;
  /**
   * The words just before a country's name that make it a topic or the trip's starting point rather than a
   * party to the event ("обсудили ситуацию в Украине", "arrived from Uzbekistan"). Anchored at the end.
   */
  notAPartyBefore: RegExp;
}

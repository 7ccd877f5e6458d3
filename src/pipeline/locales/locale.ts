import type { EventType } from '#schema';

/** Words that report one kind of event; tested on the lowercased sentence unless `asWritten`. */
export interface EventTrigger {
  type: EventType;
  pattern: RegExp;
  /** Tested on the sentence as written: the pattern reads capitals ("принял Министра", "received the"). */
  asWritten?: boolean;
}

/**
 * Everything a stage needs to know about one language, in one place: adding a language is a folder with a
 * module like this one and its tests. Patterns are tested on lowercased text unless they say otherwise.
 */
export interface Locale {
  /** ISO 639-1 code; also the key of the language's date parser (see dates/create-date-parsers). */
  code: string;
  /**
   * Words that report each kind of event. Order matters: it is the priority when one sentence has several
   * ("held talks ... where the SCO summit is taking place" is talks; "after the talks, signed" is talks).
   */
  eventTriggers: EventTrigger[];
  /**
   * A visit named only as the frame of what the sentence reports ("held talks during his visit", "в рамках
   * визита", "сапары аясында"): the sentence reports the talks, not the visit.
   */
  visitAsFrame: RegExp;
  /** An announced event: "will pay a state visit", "посетит", "состоится". */
  future: RegExp;
  /**
   * A sentence that looks back at another event or only mentions it ("after his visit in October last
   * year", "он напомнил"): its dates, types and signings belong to other events.
   */
  lookingBack: RegExp;
  /** Dates counted from the publication day ("today", "вчера"). */
  relativeDay: RegExp;
  /** Words of a date that has no digit ("today", a month's name, a weekday): a sentence without them or a digit holds no date. */
  dateWord: RegExp;
  /**
   * The words just before a country's name that make it a topic or the trip's starting point rather than a
   * party to the event ("обсудили ситуацию в Украине", "arrived from Uzbekistan"). Anchored at the end.
   */
  notAPartyBefore: RegExp;
  /**
   * Someone's own account in the first person singular ("я посетил Казахстан", "I visited Astana"): an
   * interview's words, not a report of an event, even without quotation marks.
   */
  ownAccount?: RegExp;
  /**
   * The words just before a person who only sent someone, or whose message was passed on ("по поручению",
   * "on behalf of", "a message from"): that person does not take part. Anchored at the end.
   */
  onBehalfOf?: RegExp;
  /**
   * The heads of state of listed countries, named by their office in the plural ("главы государств
   * Кыргызстана, Азербайджана…", "the heads of state of …"): at a summit each is its country's president.
   */
  headsOfState?: RegExp;
}

// A wire dateline ("ASTANA, Kazakhstan, September 5." / "АСТАНА, 5 сентября —") opens the story with the
// place, in capitals, and often the day of the event.
const DATELINE_CITY = String.raw`[\p{Lu}][\p{Lu}\s.-]{2,},`;
const DATELINE_START = new RegExp(`^${DATELINE_CITY}`, 'u');
// "NUR-SULTAN. KAZINFORM …", "АСТАНА. 5 қыркүйек. …": the city, a full stop, then the agency or the day.
const DATELINE_THEN_AGENCY = /^[\p{Lu}][\p{Lu}-]{2,}(?: [\p{Lu}-]{2,})?\.\s+(?:\p{Lu}{3,}|\d)/u;
const DATELINE_BEFORE_DATE = new RegExp(String.raw`^${DATELINE_CITY}(?:\s*[\p{L}\s]+,)?\s*$`, 'u');

/** The sentence opens with a dateline. */
export function opensWithDateline(sentence: string): boolean {
  return DATELINE_START.test(sentence);
}

/** The line opens with a dateline: a story's first paragraph, not its title. */
export function lineOpensWithDateline(line: string): boolean {
  return DATELINE_START.test(line) || DATELINE_THEN_AGENCY.test(line);
}

/** The text before a date is a dateline's place: the date is the dateline's. */
export function isDatelinePlace(textBeforeDate: string): boolean {
  return DATELINE_BEFORE_DATE.test(textBeforeDate);
}

/** The date stands in the story's dateline: within its first words, after the place in capitals. */
export function isDatelineMention(mention: {
  index: number;
  sentence: { start: number; text: string };
}): boolean {
  const offset = mention.index - mention.sentence.start;
  return offset < 60 && isDatelinePlace(mention.sentence.text.slice(0, offset));
}

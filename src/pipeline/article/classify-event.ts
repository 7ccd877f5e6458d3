import type { EventType } from '#schema';
import type { Locale } from '../locales/index.ts';
import { isLookingBack } from './looking-back.ts';
import type { Sentence } from './sentences.ts';

// The patterns are the locale's (src/pipeline/locales), lowercase and tested on the lowercased sentence: V8's
// case-insensitive matching of Cyrillic alternations costs five times as much. Only triggers marked
// `asWritten` read capitals and see the sentence as is.
export function typesIn(sentence: string, locale: Locale): EventType[] {
  const lower = sentence.toLowerCase();
  const types = new Set<EventType>();
  for (const { type, pattern, asWritten } of locale.eventTriggers) {
    if (pattern.test(asWritten ? sentence : lower)) types.add(type);
  }
  return [...types];
}

export function isFutureTense(sentence: string, locale: Locale): boolean {
  return locale.future.test(sentence.toLowerCase());
}

export interface EventClassification {
  type: EventType;
  types: EventType[];
  eventSentence: Sentence;
}

/** Sentences that report rather than quote someone or look back at another event. */
export function reportingSentences(
  sentences: Sentence[],
  isQuotedSentence: (s: Sentence) => boolean,
  locale: Locale,
): Sentence[] {
  return sentences.filter(
    (s) =>
      !isQuotedSentence(s) &&
      !isLookingBack(s.text, locale) &&
      !locale.ownAccount?.test(s.text.toLowerCase()),
  );
}

/**
 * The event an article reports, read from its reporting sentences (the caller leaves out quotes and
 * sentences looking back at other events, and orders them as they should be tried): the type comes from
 * the first sentence that reports an event with an actor in it, further types from all the others.
 */
export function classifyEvent(
  reporting: Sentence[],
  hasActor: (sentence: Sentence) => boolean,
  locale: Locale,
  headline: Sentence[] = [],
): EventClassification | null {
  const typed = reporting.map((sentence) => ({ sentence, types: typesIn(sentence.text, locale) }));
  const first = typed.find(({ sentence, types }) => types.length > 0 && hasActor(sentence));
  const found = first?.types[0];
  if (!first || !found) return null;
  // A report of a visit tells of its talks and meetings too, and a call's report of what was discussed: when
  // the headline or the sentence reporting the event calls it a call or a visit, that is what it is — but
  // "talks held during his visit" report talks, the visit only their frame.
  const told = new Set([...first.types, ...headline.flatMap((s) => typesIn(s.text, locale))]);
  // "…discussed the SCO summit. The conversation took place by phone.": the lead's call is the event, unless
  // it is one of another day ("invited him during a phone call on 1 September 2017").
  const callInLead = typed.some(
    ({ sentence, types }) =>
      sentence.paragraph === first.sentence.paragraph &&
      types.includes('phone_call') &&
      !/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(sentence.text),
  );
  if (callInLead) told.add('phone_call');
  const visitAsFrame = locale.visitAsFrame.test(first.sentence.text.toLowerCase());
  const type: EventType = told.has('phone_call')
    ? 'phone_call'
    : told.has('visit') && !visitAsFrame && (found === 'talks' || found === 'meeting')
      ? 'visit'
      : found;
  const types = new Set<EventType>([type, found, ...typed.flatMap((t) => t.types)]);
  return { type, types: [...types], eventSentence: first.sentence };
}

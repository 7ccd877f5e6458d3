import type { EventType } from '#schema';
import type { Locale } from '../locales/index.ts';
import { isFutureTense, typesIn } from './classify-event.ts';
import type { SelectedParticipant } from './select-participants.ts';
import type { Sentence } from './sentences.ts';

// A summit's report tells of the bilateral meetings held at it, one sentence each ("On the sidelines,
// Tokayev also met Turkmenistan's Berdimuhamedov"): each is an event of its own, as other reports of that
// meeting tell it. Only a sentence that names one known person of each of two states is taken, or one person
// of a state other than the report's principal's: a sentence greeting several leaders, or naming an office
// alone, tells of no one meeting.

export interface BilateralAtSummit {
  type: Extract<EventType, 'meeting' | 'talks'>;
  sentence: Sentence;
  participants: SelectedParticipant[];
  countries: string[];
}

export function bilateralsAtSummit(
  reporting: Sentence[],
  /** The sentence that told of the article's own event: its meeting is that event. */
  eventSentence: Sentence,
  /** The states of the article's own event when it is not the summit: a pair of them is that event. */
  ownCountries: string[] | null,
  participantsOf: (sentence: Sentence) => SelectedParticipant[],
  locale: Locale,
  /**
   * Whom the report follows from meeting to meeting ("Meeting with Gurbanguly Berdimuhamedov. During the
   * talks with …"): a sentence naming one other state's person tells of a meeting with them.
   */
  principal: SelectedParticipant | null = null,
): BilateralAtSummit[] {
  const found = new Map<string, BilateralAtSummit>();
  for (const sentence of reporting) {
    if (sentence.index === eventSentence.index || isFutureTense(sentence.text, locale)) continue;
    const type = typesIn(sentence.text, locale).find((t) => t === 'meeting' || t === 'talks');
    if (type !== 'meeting' && type !== 'talks') continue;
    let participants = participantsOf(sentence).filter((p) => p.participant.known);
    const [only] = participants;
    if (
      principal?.participant.country &&
      participants.length === 1 &&
      only?.participant.country &&
      only.participant.country !== principal.participant.country
    ) {
      participants = [{ ...principal, sentence }, only];
    }
    const countries = [...new Set(participants.flatMap((p) => p.participant.country ?? []))].sort();
    if (countries.length !== 2 || participants.length < 2) continue;
    const pair = countries.join('+');
    if (ownCountries && countries.every((c) => ownCountries.includes(c))) continue;
    if (found.has(pair)) continue;
    found.set(pair, { type, sentence, participants, countries });
  }
  return [...found.values()];
}

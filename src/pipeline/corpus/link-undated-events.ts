import type { DiplomaticEvent, Evidence } from '#schema';
import type { RecalledEvent } from '../article/find-recalled-events.ts';

export interface RecalledEventRef {
  articleId: string;
  recalled: RecalledEvent;
}

/**
 * Dates an undated event from what other articles recall of it: the same countries, a shared participant
 * and the same kind of event. Only an unambiguous link is made — one undated event, and every
 * recollection that fits it agreeing on the date; otherwise the event stays undated.
 */
export function linkUndatedEvents(
  events: DiplomaticEvent[],
  recalled: RecalledEventRef[],
): DiplomaticEvent[] {
  const undated = events.filter((e) => e.date === null);
  const fitsOf = (event: DiplomaticEvent) => recalled.filter((r) => fits(event, r));
  return events.map((event) => {
    if (event.date !== null) return event;
    const fitting = fitsOf(event).filter((r) => !event.articleIds.includes(r.articleId));
    const first = fitting[0];
    if (!first) return event;
    const sameDate = fitting.every((r) => r.recalled.date.start === first.recalled.date.start);
    const onlyCandidate = undated.filter((other) => fits(other, first)).length === 1;
    if (!sameDate || !onlyCandidate) return event;
    const evidence: Evidence[] = fitting.map((r) => ({
      fact: 'date',
      articleId: r.articleId,
      start: r.recalled.sentence.start,
      end: r.recalled.sentence.end,
      quote: r.recalled.sentence.text,
    }));
    return { ...event, date: first.recalled.date, evidence: [...event.evidence, ...evidence] };
  });
}

function fits(event: DiplomaticEvent, ref: RecalledEventRef): boolean {
  const { recalled } = ref;
  const sameCountries =
    recalled.countries.length === event.countries.length &&
    recalled.countries.every((c) => event.countries.includes(c));
  const sharesParticipant = event.participants.some((p) => recalled.participantIds.includes(p.id));
  return sameCountries && sharesParticipant && event.types.includes(recalled.type);
}

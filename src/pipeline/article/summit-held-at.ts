import type { EventDate } from '#schema';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Meeting } from '../../gazetteer/types.ts';
import type { Locale } from '../locales/index.ts';
import { isFutureTense, typesIn } from './classify-event.ts';
import {
  type MeetingConstraints,
  type MeetingMention,
  meetingDate,
  meetingsFitting,
} from './dates/named-meetings.ts';
import { addDays, firstDayOf, lastDayOf } from './dates/resolve-event-date.ts';
import { isLookingBack } from './looking-back.ts';
import type { Sentence } from './sentences.ts';

// Leaders meet one another on the sidelines of a summit, and a visit often runs into one ("after the state
// visit, the president will take part in the SCO summit"): such a report tells of two events, the bilateral
// one and the summit, and the summit is the one other reports of it share. The summit is the meeting of the
// data file a sentence telling of the event names, held within a few days of the event.

/** How far from a dated event the summit it was held at may lie: arrival before it, talks after it. */
const SIDELINE_DAYS = 3;

export interface HeldAt {
  meeting: Meeting;
  mention: MeetingMention;
  date: EventDate;
  /** The same for every report of this meeting, whatever else they say: `sco@2018-06-09`. */
  meetingId: string;
}

/**
 * The one summit of the data file the scope names that the event's date (or, undated, the clues) leaves;
 * null when none or several fit, or when the only sentences naming it look back at it.
 */
export function summitHeldAt(
  mentions: MeetingMention[],
  sentences: {
    /** The sentences telling of the event. */
    scope: Sentence[];
    /**
     * The paragraphs after: a summit named there is the one the event runs into when the event's date
     * puts it close by, or, undated, when the sentence tells of the summit itself ("will take part in").
     */
    around: Sentence[];
  },
  eventDate: EventDate | null,
  gazetteer: Gazetteer,
  locale: Locale,
  constraints: MeetingConstraints,
): HeldAt | null {
  const found = new Map<Meeting, MeetingMention>();
  const inside = (list: Sentence[], mention: MeetingMention) =>
    list.some((s) => s.index === mention.sentence.index);
  for (const mention of mentions) {
    const close =
      inside(sentences.scope, mention) ||
      (inside(sentences.around, mention) &&
        (eventDate !== null || typesIn(mention.sentence.text, locale).includes('summit')));
    if (!close) continue;
    if (gazetteer.meetingSeries(mention.seriesId)?.kind !== 'summit') continue;
    if (isLookingBack(mention.sentence.text, locale)) continue;
    const fitting = meetingsFitting(mention, gazetteer, constraints).filter(
      (m) => !eventDate || nearby(m, eventDate),
    );
    if (fitting.length === 1 && fitting[0] && !found.has(fitting[0])) found.set(fitting[0], mention);
    // A name that fits several meetings may be fixed by another; one that fits none says nothing.
  }
  if (found.size !== 1) return null;
  const [[meeting, mention]] = [...found] as [[Meeting, MeetingMention]];
  return heldAtOf(meeting, mention, gazetteer);
}

function heldAtOf(meeting: Meeting, mention: MeetingMention, gazetteer: Gazetteer): HeldAt {
  return { meeting, mention, date: meetingDate(meeting, gazetteer), meetingId: meetingIdOf(meeting) };
}

export function meetingIdOf(meeting: Meeting): string {
  return `${meeting.series}@${meeting.start}`;
}

function nearby(meeting: Meeting, date: EventDate): boolean {
  if (date.precision !== 'day') {
    return meeting.start <= lastDayOf(date.end) && firstDayOf(date.start) <= meeting.end;
  }
  return (
    addDays(meeting.start, -SIDELINE_DAYS) <= lastDayOf(date.end) &&
    firstDayOf(date.start) <= addDays(meeting.end, SIDELINE_DAYS)
  );
}

/** How far ahead of the article's day an announced summit may lie ("the next summit, in December"). */
const ANNOUNCED_WITHIN_DAYS = 366;

/**
 * Summits the article announces ("plans to attend the next summit of the union in St. Petersburg in
 * December"): each one of the data file that a future-tense sentence names and only one meeting fits, held
 * after the article's day and within a year of it. Other reports of the summit merge with it.
 */
export function announcedSummits(
  mentions: MeetingMention[],
  sentences: Sentence[],
  reference: string | null,
  gazetteer: Gazetteer,
  locale: Locale,
  constraints: MeetingConstraints,
): HeldAt[] {
  const found = new Map<string, HeldAt>();
  for (const mention of mentions) {
    if (!sentences.some((s) => s.index === mention.sentence.index)) continue;
    if (gazetteer.meetingSeries(mention.seriesId)?.kind !== 'summit') continue;
    const text = mention.sentence.text;
    if (!isFutureTense(text, locale) || isLookingBack(text, locale)) continue;
    const fitting = meetingsFitting(mention, gazetteer, constraints).filter(
      (m) => !reference || (m.start >= reference && m.start <= addDays(reference, ANNOUNCED_WITHIN_DAYS)),
    );
    const [meeting] = fitting;
    if (fitting.length !== 1 || !meeting || found.has(meetingIdOf(meeting))) continue;
    found.set(meetingIdOf(meeting), heldAtOf(meeting, mention, gazetteer));
  }
  return [...found.values()];
}

import type { DateReason, EventDate } from '#schema';
import type { Gazetteer } from '../../../gazetteer/gazetteer.ts';
import type { Meeting } from '../../../gazetteer/types.ts';
import type { Entities } from '../find-entities.ts';
import { inSentences, type Sentence } from '../sentences.ts';
import type { DayRange, YearClue } from './infer-year.ts';
import { addDays } from './resolve-event-date.ts';

// A report that names a recurring meeting ("on the sidelines of the SCO summit in Qingdao", "the 25th
// SPIEF") says when it happened without a date: the meetings data file knows the days. Which meeting it is
// follows from what the text says around the name — the host city, the meeting's number — and from the
// years the people named held office.

/** A meeting series named in the text, with what its sentence says about which meeting it is. */
export interface MeetingMention {
  seriesId: string;
  start: number;
  end: number;
  text: string;
  sentence: Sentence;
  /** Cities named in the same sentence: one of them hosted it. */
  cityIds: string[];
  /** "25th", "XXV", "25-й" just before the name. */
  ordinal: number | null;
}

export function findMeetingMentions(
  text: string,
  sentences: Sentence[],
  entities: Entities,
  gazetteer: Gazetteer,
): MeetingMention[] {
  const mentions: MeetingMention[] = [];
  for (const name of gazetteer.findMeetingNames(text, entities.tokens)) {
    const sentence = sentences.find((s) => name.start >= s.start && name.end <= s.end);
    if (!sentence) continue;
    const cityIds = entities.cities.filter((c) => inSentences(c, sentence)).map((c) => c.cityId);
    const ordinal = ordinalBefore(text, name.start) ?? ordinalAfter(text.slice(name.end, sentence.end));
    mentions.push({ ...name, sentence, cityIds, ordinal });
  }
  return mentions;
}

export interface MeetingConstraints {
  /** Ranges the meeting must overlap: the offices of the people named, city names in force. */
  clues: YearClue[];
  /** Meetings after this day have not happened yet (announced ones may be a year ahead). */
  latest: string;
  /** The year the text gives the event, when it gives only the year. */
  year?: number | null;
  /**
   * The cities the sentences telling of the event name ("Erdoğan, in Astana for the summit, met Tokayev"): a
   * meeting whose own sentence names no city was held in one of them, if one of its meetings was.
   */
  eventCityIds?: string[];
}

/** The meetings a mention can be: of its series, in a city its sentence names, with its number, fitting the clues. */
export function meetingsFitting(
  mention: MeetingMention,
  gazetteer: Gazetteer,
  constraints: MeetingConstraints,
): Meeting[] {
  const fitting = gazetteer.meetingsOf(mention.seriesId).filter((meeting) => {
    if (meeting.start > constraints.latest) return false;
    if (mention.cityIds.length > 0 && !mention.cityIds.includes(meeting.city)) return false;
    if (mention.ordinal !== null && meeting.ordinal !== mention.ordinal) return false;
    if (constraints.year && Number(meeting.start.slice(0, 4)) !== constraints.year) return false;
    return constraints.clues.every((clue) => clue.ranges.some((r) => overlaps(meeting, r)));
  });
  const hosts = mention.cityIds.length === 0 ? (constraints.eventCityIds ?? []) : [];
  const hosted = fitting.filter((meeting) => hosts.includes(meeting.city));
  // The event's city may be only where a leader went on to after the summit: then it says nothing.
  return hosted.length > 0 ? hosted : fitting;
}

/** The one meeting the mentions in a scope can be, or null when none or several fit. */
export function theNamedMeeting(
  mentions: MeetingMention[],
  gazetteer: Gazetteer,
  constraints: MeetingConstraints,
): { meeting: Meeting; mention: MeetingMention } | null {
  const found = new Map<Meeting, MeetingMention>();
  for (const mention of mentions) {
    const fitting = meetingsFitting(mention, gazetteer, constraints);
    // A name that could be several meetings says nothing on its own; another name may still fix one.
    if (fitting.length === 1 && fitting[0]) found.set(fitting[0], mention);
  }
  if (found.size !== 1) return null;
  const [[meeting, mention]] = [...found] as [[Meeting, MeetingMention]];
  return { meeting, mention };
}

/**
 * Days on which the meetings a text names were held, a week either side: a day and month with no year that
 * falls among them most likely belongs to that year ("28 September" beside the C5+Germany summit in Berlin).
 */
export function meetingWeeks(
  mentions: MeetingMention[],
  gazetteer: Gazetteer,
  constraints: MeetingConstraints,
): Array<DayRange & { reason: DateReason }> {
  const weeks: Array<DayRange & { reason: DateReason }> = [];
  for (const mention of mentions) {
    for (const meeting of meetingsFitting(mention, gazetteer, constraints)) {
      weeks.push({
        from: addDays(meeting.start, -WEEK),
        to: addDays(meeting.end, WEEK),
        reason: meetingReason(meeting, gazetteer),
      });
    }
  }
  return weeks;
}

const WEEK = 7;

/** A meeting's days as an event's date, with the meeting as its reason. */
export function meetingDate(meeting: Meeting, gazetteer: Gazetteer): EventDate {
  return {
    start: meeting.start,
    end: meeting.end,
    precision: 'day',
    basis: 'inferred',
    reasons: [meetingReason(meeting, gazetteer)],
  };
}

export function meetingReason(meeting: Meeting, gazetteer: Gazetteer): DateReason {
  const series = gazetteer.meetingSeries(meeting.series);
  const city = gazetteer.city(meeting.city);
  return {
    kind: 'meeting',
    meeting: series ? { ...series.label } : { en: meeting.series, ru: meeting.series },
    city: city ? gazetteer.cityNameOn(city, meeting.start) : { en: meeting.city, ru: meeting.city },
    start: meeting.start,
    end: meeting.end,
  };
}

function overlaps(meeting: Meeting, range: DayRange): boolean {
  return (
    (range.from === null || meeting.end >= range.from) && (range.to === null || meeting.start <= range.to)
  );
}

const ROMAN = /(?<![\p{L}\p{N}])([IVXLC]{1,7})\s*$/u;
// A number must say it is one ("25th", "25-й"): a bare "10" before a name ends a date ("June 10 SCO…").
const NUMBERED = /(?<!\d)(\d{1,3})(?:st|nd|rd|th|-?(?:й|ый|ий|ой|го|му|м|е)|-?(?:ші|шы|інші|ыншы))\s*$/u;
// One word may stand between the number and the name ("the 25th St. Petersburg…", "XXV Петербургский").
const ONE_WORD = /\s+[\p{L}.]+\s*$/u;

function ordinalBefore(text: string, at: number): number | null {
  const before = text.slice(Math.max(0, at - 24), at).trimEnd();
  for (const candidate of [before, before.replace(ONE_WORD, '').trimEnd()]) {
    const numbered = NUMBERED.exec(candidate);
    if (numbered?.[1]) return Number(numbered[1]);
    const roman = ROMAN.exec(candidate);
    if (roman?.[1]) return romanValue(roman[1]);
  }
  return null;
}

// Turkish and Azerbaijani number the meeting after the body's name: "Türk Devletleri Teşkilatı (TDT) Devlet
// Başkanları Konseyi 10. Zirvesi". The number must stand before a word for a summit or session, or "on June 10."
// after a name would be read as one.
const NUMBERED_AFTER =
  /^(?:\s*\([^)]{1,15}\))?(?:\s+\p{L}+){0,3}?\s+(\d{1,3})\.\s+(?:zirve|zirvə|toplant|oturum|iclas|gipfel|sitzung)/iu;

function ordinalAfter(textAfter: string): number | null {
  const numbered = NUMBERED_AFTER.exec(textAfter);
  return numbered?.[1] ? Number(numbered[1]) : null;
}

function romanValue(numeral: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i] ?? ''] ?? 0;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

export interface MeetingDate {
  date: EventDate;
  /** The sentence that names the meeting. */
  sentence: Sentence;
  planned: boolean;
}

/**
 * The date of an event the text does not date, from the one meeting the sentence telling of it names ("met
 * on the sidelines of the SCO summit in Qingdao"): the meeting's days. A meeting named only around the
 * event may be the next one it prepares or the last one it follows, so it dates nothing.
 */
export function dateByNamedMeeting(
  mentions: MeetingMention[],
  eventSentences: Sentence[],
  gazetteer: Gazetteer,
  constraints: MeetingConstraints & { today: string },
): MeetingDate | null {
  const inEvent = mentions.filter((m) => eventSentences.some((s) => s.index === m.sentence.index));
  const named = theNamedMeeting(inEvent, gazetteer, constraints);
  if (!named) return null;
  const { meeting, mention } = named;
  return {
    date: meetingDate(meeting, gazetteer),
    sentence: mention.sentence,
    planned: meeting.start > constraints.today,
  };
}

/** How far from a meeting's days a weekday the text gives with it may fall ("on Tuesday, on the sidelines of"). */
const WEEKDAY_SLACK_DAYS = 2;

/**
 * The day of an event the sentence gives only by its weekday beside a meeting it names ("met on the
 * sidelines of the third meeting of foreign ministers in Nur-Sultan on Tuesday"): the one such weekday
 * within a couple of days of the one meeting that fits. Null when none or several do.
 */
export function dateByWeekdayAtMeeting(
  mentions: MeetingMention[],
  sentence: Sentence,
  weekday: number,
  gazetteer: Gazetteer,
  constraints: MeetingConstraints,
): MeetingDate | null {
  const named = theNamedMeeting(
    mentions.filter((m) => m.sentence.index === sentence.index),
    gazetteer,
    constraints,
  );
  if (!named) return null;
  const { meeting } = named;
  const days: string[] = [];
  for (
    let day = addDays(meeting.start, -WEEKDAY_SLACK_DAYS);
    day <= addDays(meeting.end, WEEKDAY_SLACK_DAYS);
    day = addDays(day, 1)
  ) {
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === weekday) days.push(day);
  }
  const [day] = days;
  if (days.length !== 1 || !day) return null;
  return {
    date: {
      start: day,
      end: day,
      precision: 'day',
      basis: 'inferred',
      reasons: [{ kind: 'weekday' }, meetingReason(meeting, gazetteer)],
    },
    sentence,
    planned: false,
  };
}

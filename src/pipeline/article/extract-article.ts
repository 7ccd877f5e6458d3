import type { Chrono } from 'chrono-node';
import type {
  Agreement,
  Article,
  ArticleText,
  EventDate,
  EventType,
  Evidence,
  FactKind,
  Figure,
  Participant,
  Place,
  UnplacedCode,
} from '#schema';
import { HOME_COUNTRY } from '#schema';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { City } from '../../gazetteer/types.ts';
import { EXTRACTED_LANGUAGES, type Locale, localeFor } from '../locales/index.ts';
import {
  classifyEvent,
  type EventClassification,
  isFutureTense,
  reportingSentences,
  typesIn,
} from './classify-event.ts';
import { lineOpensWithDateline, opensWithDateline } from './dateline.ts';
import type { DateParsers } from './dates/create-date-parsers.ts';
import { type DateMention, findDateMentions } from './dates/find-date-mentions.ts';
import type { YearClue } from './dates/infer-year.ts';
import {
  dateByNamedMeeting,
  dateByWeekdayAtMeeting,
  findMeetingMentions,
  meetingWeeks,
} from './dates/named-meetings.ts';
import { publishedInText } from './dates/published-in-text.ts';
import { addDays, firstDayOf, partialEventDate, resolveEventDate } from './dates/resolve-event-date.ts';
import { settleYears } from './dates/settle-years.ts';
import { yearClues } from './dates/year-clues.ts';
import { detectLanguage } from './detect-language.ts';
import { findAgreements } from './find-agreements.ts';
import { type Entities, findEntities, type Span } from './find-entities.ts';
import { findFigures } from './find-figures.ts';
import { findRecalledEvents, type RecalledEvent } from './find-recalled-events.ts';
import { readArticleHeader, titleOf } from './header.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';
import { isLookingBack } from './looking-back.ts';
import { bilateralsAtSummit } from './meetings-at-summit.ts';
import { findQuotedRanges, isQuoted } from './quotes.ts';
import { presidentsOf, type SelectedParticipant, selectParticipants } from './select-participants.ts';
import { inSentences, type Sentence, splitSentences } from './sentences.ts';
import { stripPageChrome } from './strip-page-chrome.ts';
import { announcedSummits, type HeldAt, summitHeldAt } from './summit-held-at.ts';

export interface ExtractionContext {
  gazetteer: Gazetteer;
  dateParsers: DateParsers;
  /** "Now" for the run: bounds plausible years and resolves dates when nothing else does. */
  now: Date;
}

/** What one article reports, before articles about the same event are merged. */
export interface ArticleEvent {
  type: EventType;
  types: EventType[];
  planned: boolean;
  date: EventDate | null;
  countries: string[];
  participants: Participant[];
  location: Place | null;
  agreements: Agreement[];
  figures: Figure[];
  evidence: Evidence[];
  /** The day and month ("10-25") when the article gives them but leaves the year open; null otherwise. */
  dayOfYear: string | null;
  /**
   * For an event with no date at all: the days on which every known person named in its sentences held
   * office, so that another report's date can be checked against them (`null` when they say nothing).
   */
  officeWindow?: { from: string; to: string } | null;
  /** The meeting of the data file this summit is (`sco@2018-06-09`): every report of it is one event. */
  meetingId?: string | null;
  /** Other events the article reports with this one: the summit at which a bilateral meeting was held. */
  alongside?: ArticleEvent[];
}

export interface ExtractedArticle {
  article: Omit<Article, 'eventIds'>;
  text: ArticleText;
  event: ArticleEvent | null;
  /** Earlier events the article recalls with a date; they may date another article's undated event. */
  recalled: RecalledEvent[];
}

interface Unplaced {
  code: UnplacedCode;
  reason: string;
}

/** Where an article's text file lives, relative to the corpus file (the CLI and the build both write it there). */
export function articleTextUrl(articleId: string): string {
  return `texts/${articleId}.json`;
}

const MIN_TEXT_LENGTH = 40;
const MAX_EVENT_SENTENCES_TRIED = 3;
// How far after the event's paragraph the other side of a visit may first be named.
const OTHER_SIDE_PARAGRAPHS = 2;
// A news report tells its event in its first paragraphs; a longer file is a feature, a transcript or many
// stories in one. Reading only its head keeps one huge file from stalling a run, and the offsets of
// evidence still index the whole stored text, whose start this is.
const READING_WINDOW = 40_000;

function readingWindow(text: string): string {
  if (text.length <= READING_WINDOW) return text;
  const paragraphEnd = text.lastIndexOf('\n', READING_WINDOW);
  return text.slice(0, paragraphEnd > READING_WINDOW / 2 ? paragraphEnd : READING_WINDOW);
}
const MAX_TITLE_LINE = 200;

/** One article's text → its metadata and the event it reports (or why it reports none). */
export function extractArticle(
  id: string,
  file: string,
  raw: string,
  context: ExtractionContext,
): ExtractedArticle {
  const html = looksLikeHtml(raw) ? htmlToText(raw) : null;
  const header = readArticleHeader(html?.text ?? raw, context.dateParsers);
  const text = stripPageChrome(header.body).text;
  const title = html?.title ?? titleOf(text);
  const lang = detectLanguage(text, context.gazetteer);
  const article = {
    id,
    file,
    lang,
    title,
    published: header.published,
    source: header.source,
    unplacedReason: null as string | null,
    unplacedCode: null as UnplacedCode | null,
    textUrl: articleTextUrl(id),
    textLength: text.length,
  };
  const stored: ArticleText = { id, lang, text };
  const unplaced = ({ code, reason }: Unplaced): ExtractedArticle => ({
    article: { ...article, unplacedReason: reason, unplacedCode: code },
    text: stored,
    event: null,
    recalled: [],
  });

  if (text.trim().length < MIN_TEXT_LENGTH) {
    return unplaced({ code: 'too_short', reason: 'the text is too short to report an event' });
  }
  const locale = localeFor(lang);
  if (!locale) {
    const reason = `written in "${lang}": events are extracted from articles in ${EXTRACTED_LANGUAGES.join(', ')} only`;
    return unplaced({ code: 'other_language', reason });
  }
  const window = readingWindow(text);
  const published =
    header.published ?? publishedInText(splitSentences(window), locale, context.dateParsers, context.now);
  article.published = published;
  const extracted = extractEvent(id, window, locale, published, context);
  if ('code' in extracted) return unplaced(extracted);
  return { article, text: stored, ...extracted };
}

function extractEvent(
  id: string,
  text: string,
  locale: Locale,
  published: string | null,
  context: ExtractionContext,
): { event: ArticleEvent; recalled: RecalledEvent[] } | Unplaced {
  const lang = locale.code;
  const sentences = splitSentences(text);
  const entities = withoutNamesakes(findEntities(text, context.gazetteer), text);
  const quoted = findQuotedRanges(text);
  const isQuotedSentence = (s: Sentence) => isQuoted(s, quoted);
  const titleSentences =
    firstLineLength(text) <= MAX_TITLE_LINE && !lineOpensWithDateline(text.trimStart())
      ? sentences.filter((s) => s.paragraph === 0)
      : [];
  const reporting = reportingSentences(sentences, isQuotedSentence, locale);
  // The lead sentence tells the event more fully than a headline does; the title is the fallback.
  const inTitle = (s: Sentence) => titleSentences.includes(s);
  const bodyFirst = [...reporting.filter((s) => !inTitle(s)), ...reporting.filter(inTitle)];
  const meetings = findMeetingMentions(text, sentences, entities, context.gazetteer);
  // "По поручению президента Токаева председатель Сената посетил…": who sent someone does not take part.
  const actors = withoutSenders(entities, text, locale);
  const actorIn = (s: Sentence) =>
    hasActor(entities, s) || meetings.some((m) => m.sentence.index === s.index);
  // The first sentence telling of an event may not name both sides ("held talks with foreign officials
  // after the summit"); the next ones, each telling of one meeting, do.
  const tried = new Set<number>();
  let unplaced: Unplaced = {
    code: 'no_event',
    reason:
      'reports no diplomatic event: no sentence tells of a visit, talks, meeting, call, summit or signing',
  };
  for (let attempt = 0; attempt < MAX_EVENT_SENTENCES_TRIED; attempt++) {
    const candidates = bodyFirst.filter((s) => !tried.has(s.index));
    const classification = classifyEvent(candidates, actorIn, locale, titleSentences);
    if (!classification) break;
    const result = eventAt(classification);
    if (!('code' in result) || result.code !== 'single_country') return result;
    unplaced = result;
    tried.add(classification.eventSentence.index);
  }
  return unplaced;

  function eventAt(
    classification: EventClassification,
  ): { event: ArticleEvent; recalled: RecalledEvent[] } | Unplaced {
    const { eventSentence } = classification;
    // "The first C5+1 high-level meeting took place": a summit's format named, no one's meeting with anyone.
    const inEventSentence = (span: Span) => inSentences(span, eventSentence);
    // "The Iranian foreign minister and the Kazakh president met": an office of a named state is someone.
    const namesNoOne =
      !entities.people.some(inEventSentence) && !entities.roles.some((r) => r.country && inEventSentence(r));
    const atSummit = meetings.some(
      (m) =>
        m.sentence.index === eventSentence.index &&
        context.gazetteer.meetingSeries(m.seriesId)?.kind === 'summit',
    );
    const type: EventType =
      classification.type === 'meeting' && atSummit && namesNoOne ? 'summit' : classification.type;
    const dateline = sentences[0] && opensWithDateline(sentences[0].text) ? [sentences[0]] : [];
    const lead = reporting.filter((s) => s.paragraph === eventSentence.paragraph);
    const nearby = reporting.filter(
      (s) =>
        s.paragraph >= eventSentence.paragraph &&
        s.paragraph <= eventSentence.paragraph + OTHER_SIDE_PARAGRAPHS,
    );
    /** The one side's counterpart, at its level (a head for a head, a minister for a minister), from nearby. */
    const otherSide = (chosen: SelectedParticipant[], parties: string[], on: string | null) => {
      const named = new Set(chosen.map((p) => p.participant.country));
      const level = chosen.map((p) => levelOf(p.participant.role)).find((l) => l !== null) ?? null;
      const missing = parties.filter((code) => !named.has(code));
      if (level === null || missing.length === 0) return [];
      const around = selectParticipants(actors, nearby, on, lang, context.gazetteer);
      return missing.flatMap((code) => {
        const counterpart = around.find(
          (p) =>
            p.participant.known && p.participant.country === code && levelOf(p.participant.role) === level,
        );
        return counterpart ? [counterpart] : [];
      });
    };
    // A date's year is settled by who is named around it: in the sentences telling of the event, and in its own paragraph.
    const eventScope = uniqueSentences([eventSentence, ...titleSentences, ...dateline, ...lead]);
    const cluesFor = (mention: DateMention) => {
      const around = sentences.filter((s) => s.paragraph === mention.sentence.paragraph);
      return yearClues(entities, uniqueSentences([...eventScope, ...around]), context.gazetteer);
    };
    const today = context.now.toISOString().slice(0, 10);
    // What the sentences telling of the event say of its years: for a meeting they name, and for an undated
    // event's office window.
    const scopeClues = yearClues(entities, eventScope, context.gazetteer);
    const eventCityIds = entities.cities.filter((c) => inSentences(c, eventScope)).map((c) => c.cityId);
    const aYearAhead = addDays(today, 366);
    const mentions = settleYears(
      findDateMentions(sentences, locale, published, context.dateParsers, context.now),
      cluesFor,
      context.now,
      locale,
      (mention) =>
        meetingWeeks(meetings, context.gazetteer, { clues: cluesFor(mention), latest: aYearAhead }),
      text,
    );
    const dateContext = { mentions, published, eventSentence, titleSentences, locale };
    const resolved = resolveEventDate(dateContext);
    const partial = resolved ? null : partialEventDate(dateContext);
    const announced = isFutureTense(eventSentence.text, locale);
    // An announcement with no date of its own must not take the publication day as the event's.
    let date = resolved && !(announced && resolved.date.basis === 'publication') ? resolved.date : null;
    let dateSentence = date ? resolved?.sentence : undefined;
    let planned = (resolved?.planned ?? false) || (announced && date === null);
    if (type === 'phone_call' && published && date && firstDayOf(date.start) > published) {
      // A call is reported once held: a later date in its report is of what the leaders agreed to do.
      date = { start: published, end: published, precision: 'day', basis: 'publication' };
      dateSentence = undefined;
      planned = false;
    }
    // A call is not held at a meeting: one the call names is one it prepares or recalls.
    if (!partial && (!date || date.precision === 'year') && type !== 'phone_call') {
      const constraints = {
        clues: scopeClues,
        latest: aYearAhead,
        year: date ? Number(date.start) : null,
        today,
        eventCityIds,
      };
      // Only the weekday was given ("on Tuesday"), with no publication day to count it from.
      const weekday = published ? null : weekdayIn(eventSentence.text, context.dateParsers[lang]);
      const byMeeting =
        (weekday !== null &&
          dateByWeekdayAtMeeting(meetings, eventSentence, weekday, context.gazetteer, constraints)) ||
        dateByNamedMeeting(meetings, [eventSentence, ...titleSentences], context.gazetteer, constraints);
      if (byMeeting) {
        date = byMeeting.date;
        dateSentence = byMeeting.sentence;
        planned = byMeeting.planned;
      }
    }
    const day = date ? firstDayOf(date.start) : published;

    let scope = uniqueSentences([eventSentence, ...titleSentences, ...dateline]);
    let participants = selectParticipants(actors, scope, day, lang, context.gazetteer);
    let countries = eventCountries(participants, entities, scope, text, locale, type);
    if (type !== 'summit') {
      // "Nazarbayev Holds Talks with Lukashenko, Jeenbekov": a headline may sum up several meetings. When the
      // sentence telling of the event names two of its states, the headline adds only people of those.
      const told = uniqueSentences([eventSentence, ...dateline]);
      const own = selectParticipants(actors, told, day, lang, context.gazetteer);
      const sides = eventCountries(own, entities, told, text, locale, type);
      if (sides.length >= 2 && sides.every((code) => countries.includes(code))) {
        countries = sides;
        participants = participants.filter(
          (p) => p.participant.country === null || sides.includes(p.participant.country),
        );
      }
    }
    if (countries.length < 2) {
      // "Putin arrived in Bishkek. Talks with Japarov took place today.": the other side is in the lead.
      scope = uniqueSentences([...scope, ...lead]);
      participants = selectParticipants(actors, scope, day, lang, context.gazetteer);
      countries = eventCountries(participants, entities, scope, text, locale, type);
    }
    const facesOneState = countries.length === 1 && countries[0] !== HOME_COUNTRY;
    if ((facesOneState || (type === 'summit' && countries.length <= 1)) && day) {
      // "Мемлекет басшысы Ван Иді қабылдады": the papers of the state this timeline is about call its own
      // president the Head of State, with no state named.
      const home = homeHead(entities, scope, day, context.gazetteer);
      if (home && !participants.some((p) => p.participant.id === home.participant.id)) {
        participants.push(home);
        if (!countries.includes(HOME_COUNTRY)) countries.push(HOME_COUNTRY);
      }
    }
    if (type !== 'summit' && countries.length === 2) {
      // "Aliyev arrived in Astana on a state visit": the host is named a paragraph or two further on.
      for (const other of otherSide(participants, countries, day)) participants.push(other);
    }
    if (type === 'summit') {
      // "Heads of state of Kyrgyzstan, Azerbaijan, Kazakhstan, Turkey and Uzbekistan take part in the summit":
      // the states a sentence telling of the summit lists are its parties, wherever it stands.
      const ofTheSummit = reporting.filter(
        (s) => typesIn(s.text, locale).includes('summit') && !isLookingBack(s.text, locale),
      );
      for (const sentence of ofTheSummit) {
        const listed = eventCountries([], entities, [sentence], text, locale, type);
        for (const code of listed) if (!countries.includes(code)) countries.push(code);
        if (!day || !locale.headsOfState?.test(sentence.text.toLowerCase())) continue;
        const unnamed = listed.filter((code) => !participants.some((p) => p.participant.country === code));
        participants.push(...presidentsOf(unnamed, day, sentence, context.gazetteer));
      }
      // A fixed format ("Central Asia – USA", "C5+1") gathers its states even when the text does not list them.
      const partiesScope = dateSentence ? [...eventScope, dateSentence] : eventScope;
      for (const mention of meetings) {
        if (!partiesScope.some((s) => s.index === mention.sentence.index)) continue;
        for (const code of context.gazetteer.meetingSeries(mention.seriesId)?.parties ?? []) {
          if (!countries.includes(code)) countries.push(code);
        }
      }
      // Every head named as taking part is a participant of a summit, not only those in its lead sentence.
      const known = new Set(participants.map((p) => p.participant.id));
      for (const head of selectParticipants(actors, reporting, day, lang, context.gazetteer)) {
        const { participant } = head;
        if (!participant.known || known.has(participant.id) || !speaksForState(participant.role)) continue;
        known.add(participant.id);
        participants.push(head);
        if (participant.country && !countries.includes(participant.country))
          countries.push(participant.country);
      }
    }
    // A phone call has no one place: a dateline city is only where the story was filed.
    const location =
      type === 'phone_call' ? null : findLocation(entities, scope, day, context.gazetteer, text);
    // A visit to a city names its host even when the host's people go unnamed; a summit's host takes part.
    const hostTakesPart = countries.length < 2 || type === 'summit';
    if (hostTakesPart && location && !countries.includes(location.place.country)) {
      countries.push(location.place.country);
    }
    if (type === 'visit' && day && countries.length === 2) {
      const host = hostPresident(participants, countries, day, context.gazetteer);
      if (host) participants.push(host);
    }
    // "The President took part in the CSTO summit in Astana": a summit the text names by its series is an
    // event between states even when the report names only its own.
    const namedSummit =
      type === 'summit' &&
      meetings.some(
        (m) => inSentences(m, eventScope) && context.gazetteer.meetingSeries(m.seriesId)?.kind === 'summit',
      );
    if (countries.length < (namedSummit ? 1 : 2)) {
      return {
        code: 'single_country',
        reason: 'names fewer than two countries: not a diplomatic event between states',
      };
    }
    // An office named without a name ("встретился с послом Ирана") takes part as much as a named one.
    const offices = entities.roles
      .filter((r) => r.country && inSentences(r, scope))
      .map((r) => r.phrase.role);
    if (belowDiplomaticLevel([...participants.map((p) => p.participant.role), ...offices])) {
      return {
        code: 'below_level',
        reason:
          'an ambassador meets no head of state or government and no foreign minister: below the level of a diplomatic event',
      };
    }

    const evidence: Evidence[] = [];
    const cite = (fact: FactKind, sentence: Sentence) => evidence.push(evidenceOf(id, fact, sentence));
    cite('type', eventSentence);
    if (dateSentence && date) cite('date', dateSentence);
    else if (partial) cite('date', partial.sentence);
    for (const p of participants) cite('participant', p.sentence);

    if (location) cite('location', location.sentence);

    const agreements = findAgreements(reporting.filter((s) => !mentionsOtherYear(s, date)));
    for (const a of agreements) cite('agreement', a.sentence);
    const referenceYear = Number((date?.start ?? published ?? '').slice(0, 4)) || null;
    const figures = findFigures(
      sentences.filter((s) => !isQuotedSentence(s)),
      referenceYear,
    );
    for (const f of figures) cite('figure', f.sentence);

    const recalled = findRecalledEvents(
      mentions,
      resolved?.mention ?? undefined,
      entities,
      context.gazetteer,
      locale,
    );
    const types = [...new Set([type, ...classification.types])];
    if (agreements.length > 0 && !types.includes('agreement_signing')) types.push('agreement_signing');
    // A call is held at no summit: one it names is one it prepares or recalls.
    const heldAt =
      type === 'phone_call'
        ? null
        : summitHeldAt(
            meetings,
            {
              scope: uniqueSentences([...eventScope, ...(dateSentence ? [dateSentence] : [])]),
              // "After the state visit, the President will take part in the SCO summit": the next
              // paragraphs name the summit the event runs into.
              around: nearby,
            },
            date,
            context.gazetteer,
            locale,
            { clues: scopeClues, latest: aYearAhead, eventCityIds },
          );
    const heads = participants.map((p) => p.participant).filter((p) => speaksForState(p.role));
    const reference = date ? firstDayOf(date.start) : published;
    // "Tokayev will also take part in the summit. Aliyev, Rahmon and Japarov will attend it": the heads the
    // summit's sentence, or the next one, names take part too.
    const attending = (summit: HeldAt) => {
      const { sentence } = summit.mention;
      const next = sentences[sentence.index + 1];
      const told = next && next.paragraph === sentence.paragraph ? [sentence, next] : [sentence];
      return selectParticipants(actors, told, summit.meeting.start, lang, context.gazetteer)
        .map((p) => p.participant)
        .filter((p) => p.known && speaksForState(p.role));
    };
    const summitOf = (summit: HeldAt, planned: boolean) =>
      summitEvent(id, summit, countries, heads, attending(summit), planned, context.gazetteer);
    // A summit after the article's day is still to come; with no page date, only the tense tells.
    const stillToCome = (summit: HeldAt) =>
      published
        ? summit.meeting.start > published
        : summit.meeting.start > today || isFutureTense(summit.mention.sentence.text, locale);
    const alongside = heldAt && type !== 'summit' ? [summitOf(heldAt, stillToCome(heldAt))] : [];
    for (const summit of announcedSummits(meetings, reporting, reference, context.gazetteer, locale, {
      clues: reference ? [] : scopeClues,
      latest: aYearAhead,
    })) {
      if (summit.meetingId === heldAt?.meetingId) continue;
      alongside.push(summitOf(summit, true));
    }
    if (type === 'summit' || heldAt) {
      const atSummit = bilateralsAtSummit(
        reporting,
        eventSentence,
        type === 'summit' ? null : countries,
        (sentence) => selectParticipants(actors, [sentence], day, lang, context.gazetteer),
        locale,
        principalOf(participants, entities),
      );
      // Held during the summit: its days, or the day the article's own meeting was held.
      const when = date?.precision === 'day' ? date : (heldAt?.date ?? date);
      const where = type === 'summit' ? (location?.place ?? null) : (alongside[0]?.location ?? null);
      for (const b of atSummit) {
        alongside.push({
          type: b.type,
          types: [b.type],
          planned: false,
          date: when,
          countries: b.countries,
          participants: b.participants.map((p) => p.participant),
          location: where,
          agreements: [],
          figures: [],
          evidence: [
            evidenceOf(id, 'type', b.sentence),
            ...b.participants.map((p) => evidenceOf(id, 'participant', p.sentence)),
          ],
          dayOfYear: null,
          officeWindow: null,
        });
      }
    }
    const event: ArticleEvent = {
      type,
      types,
      planned,
      date,
      countries,
      participants: participants.map((p) => p.participant),
      location: location?.place ?? null,
      agreements: agreements.map((a) => a.agreement),
      // Repeated figures are merged with the other sources' in build-events.
      figures: figures.map((f) => f.figure),
      evidence: dedupeEvidence(evidence),
      dayOfYear: partial && `${pad(partial.month)}-${pad(partial.day)}`,
      officeWindow: date || partial ? null : commonWindow(scopeClues, today),
      meetingId: type === 'summit' ? (heldAt?.meetingId ?? null) : null,
      ...(alongside.length > 0 ? { alongside } : {}),
    };
    return { event, recalled };
  }
}

/** The weekday a sentence names without a day ("on Tuesday"), 0 for Sunday; null when it names none. */
function weekdayIn(sentence: string, parser: Chrono | undefined): number | null {
  const named = parser
    ?.parse(sentence)
    .find((r) => r.start.isCertain('weekday') && !r.start.isCertain('day'));
  return named?.start.get('weekday') ?? null;
}

/** The summit a bilateral event was held at, as the article tells it: its heads, the meeting's days and city. */
function summitEvent(
  articleId: string,
  heldAt: HeldAt,
  countries: string[],
  heads: Participant[],
  /** Heads the text names as attending the summit: each state's, a guest's too. */
  attending: Participant[],
  planned: boolean,
  gazetteer: Gazetteer,
): ArticleEvent {
  const { meeting, mention } = heldAt;
  const city = gazetteer.city(meeting.city);
  const parties = gazetteer.meetingSeries(meeting.series)?.parties;
  // The article's own event's heads are the summit's if their states belong to its fixed format, and if they
  // still hold office on its day (a president who has stepped down by then speaks for his state no more).
  const inOffice = (p: Participant) => {
    const official = gazetteer.official(p.id);
    return !official || speaksForState(gazetteer.roleOn(official, meeting.start));
  };
  const participants = heads.filter(
    (p) => inOffice(p) && (!parties || (p.country !== null && parties.includes(p.country))),
  );
  for (const p of attending) if (!participants.some((q) => q.id === p.id)) participants.push(p);
  // A fixed format gathers its states; of any other summit the report names only the states it is about.
  const states = parties ? [...parties] : [...countries];
  for (const p of attending) if (p.country && !states.includes(p.country)) states.push(p.country);
  return {
    type: 'summit',
    types: ['summit'],
    planned,
    date: heldAt.date,
    countries: states,
    participants,
    location: city
      ? { id: city.id, name: gazetteer.cityNameOn(city, meeting.start), country: city.country }
      : null,
    agreements: [],
    figures: [],
    evidence: [
      evidenceOf(articleId, 'type', mention.sentence),
      evidenceOf(articleId, 'date', mention.sentence),
    ],
    dayOfYear: null,
    officeWindow: null,
    meetingId: heldAt.meetingId,
  };
}

/** The days every clue allows, taken clue by clue as the span of its ranges; null when there are none. */
function commonWindow(clues: YearClue[], today: string): { from: string; to: string } | null {
  if (clues.length === 0) return null;
  let from = '0000-01-01';
  let to = today;
  for (const clue of clues) {
    const starts = clue.ranges.map((r) => r.from ?? '0000-01-01').sort();
    const ends = clue.ranges.map((r) => r.to ?? today).sort();
    if ((starts[0] ?? from) > from) from = starts[0] ?? from;
    if ((ends.at(-1) ?? to) < to) to = ends.at(-1) ?? to;
  }
  return from <= to ? { from, to } : null;
}

// Who speaks for a state at a summit: its heads, or whoever the state sent in their place.
const SUMMIT_ROLES: ReadonlyArray<Participant['role']> = [
  'head_of_state',
  'president',
  'vice_president',
  'monarch',
  'crown_prince',
  'prime_minister',
  'chancellor',
  'foreign_minister',
];

// An ambassador's meetings are diplomatic events only when a head of state or government or a foreign
// minister receives them; a deputy minister, a committee chairman or a speaker receiving one is routine.
const RECEIVE_AMBASSADORS: ReadonlyArray<Participant['role']> = [
  ...SUMMIT_ROLES,
  'secretary_general',
  'european_council_president',
  'european_commission_president',
  'high_representative',
];

function belowDiplomaticLevel(roles: Array<Participant['role']>): boolean {
  return roles.includes('ambassador') && !roles.some((role) => RECEIVE_AMBASSADORS.includes(role));
}

/** Heads of state and government meet each other; ministers, ministers. */
function levelOf(role: Participant['role']): 'head' | 'minister' | 'speaker' | null {
  if (role === 'foreign_minister' || role === 'minister') return 'minister';
  // A parliament's speaker is met by the host parliament's.
  if (role === 'parliament_speaker') return 'speaker';
  return role !== null && SUMMIT_ROLES.includes(role) ? 'head' : null;
}

// Office phrases that, with no state named, mean the president of the state the papers are from.
const HEAD_OF_STATE_PHRASES = new Set(['глава государства', 'мемлекет басшысы', 'head of state']);

function homeHead(
  entities: Entities,
  scope: Sentence[],
  day: string,
  gazetteer: Gazetteer,
): SelectedParticipant | null {
  const role = entities.roles.find(
    (r) => r.country === null && HEAD_OF_STATE_PHRASES.has(r.phrase.phrase) && inSentences(r, scope),
  );
  const sentence = role && scope.find((s) => inSentences(role, s));
  return (sentence && presidentsOf([HOME_COUNTRY], day, sentence, gazetteer)[0]) ?? null;
}

/** A president's visit is received by the host's president, named or not: the host state's president that day. */
function hostPresident(
  participants: SelectedParticipant[],
  countries: string[],
  day: string,
  gazetteer: Gazetteer,
): SelectedParticipant | null {
  const [guest, ...others] = participants.filter(
    (p) => p.participant.known && p.participant.role === 'president',
  );
  const host = countries.find((code) => !participants.some((p) => p.participant.country === code));
  if (!guest || others.length > 0 || !host) return null;
  return presidentsOf([host], day, guest.sentence, gazetteer)[0] ?? null;
}

/** The head of the article's own event its text names most often: the one a report follows. */
function principalOf(participants: SelectedParticipant[], entities: Entities): SelectedParticipant | null {
  let best: SelectedParticipant | null = null;
  let bestCount = 0;
  for (const p of participants) {
    if (!p.participant.known || !speaksForState(p.participant.role)) continue;
    const count = entities.people.filter((person) => person.officialId === p.participant.id).length;
    if (count > bestCount) {
      best = p;
      bestCount = count;
    }
  }
  return best;
}

function speaksForState(role: Participant['role']): boolean {
  return SUMMIT_ROLES.includes(role);
}

// "Nursultan Nazarbayev International Airport", "аэропорт имени Нурсултана Назарбаева", "Al-Farabi Kazakh
// National University": a place named after a person is not the person.
const PLACE_AFTER_NAME =
  /^\s*(?:international\s+)?(?:airport|university|avenue|street|boulevard|square|library|museum|stadium|foundation|park|prospect|prospekt)\b/iu;
const NAMED_AFTER_BEFORE = /(?:имени|им\.|named\s+after)\s+$/iu;

function withoutNamesakes(entities: Entities, text: string): Entities {
  const namesake = (span: Span) =>
    PLACE_AFTER_NAME.test(text.slice(span.end, span.end + 40)) ||
    NAMED_AFTER_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start));
  if (!entities.people.some(namesake)) return entities;
  return { ...entities, people: entities.people.filter((p) => !namesake(p)) };
}

function withoutSenders(entities: Entities, text: string, locale: Locale): Entities {
  const cue = locale.onBehalfOf;
  if (!cue) return entities;
  const sent = (span: Span) => cue.test(text.slice(Math.max(0, span.start - 60), span.start).toLowerCase());
  return {
    ...entities,
    people: entities.people.filter((p) => !sent(p)),
    roles: entities.roles.filter((r) => !sent(r)),
  };
}

function hasActor(entities: Entities, sentence: Sentence): boolean {
  const inside = (span: Span) => inSentences(span, sentence);
  return entities.people.some(inside) || entities.roles.some(inside) || entities.countries.some(inside);
}

/**
 * The parties: the states of the people taking part, and the states the sentences telling of the event name —
 * unless the people already name both sides of a bilateral event (a third state named then is a topic or a
 * stop on the way), and never a state named as a topic or as where the trip came from.
 */
function eventCountries(
  participants: SelectedParticipant[],
  entities: Entities,
  scope: Sentence[],
  text: string,
  locale: Locale,
  type: EventType,
): string[] {
  const codes = new Set<string>();
  for (const { participant } of participants) if (participant.country) codes.add(participant.country);
  if (codes.size >= 2 && type !== 'summit') return [...codes];
  for (const c of entities.countries) {
    if (!inSentences(c, scope)) continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start).toLowerCase();
    if (!locale.notAPartyBefore.test(before)) codes.add(c.code);
  }
  return [...codes];
}

// "Téhéran (IRNA) -", "Astana (Kazinform) –": the city an agency filed from, not where the event was.
const AGENCY_DATELINE_AFTER = /^\s*\([\p{L}\s.-]{2,20}\)\s*[-–—]/u;

function findLocation(
  entities: Entities,
  scope: Sentence[],
  day: string | null,
  gazetteer: Gazetteer,
  text: string,
) {
  for (const sentence of scope) {
    const city = entities.cities.find(
      (c) => inSentences(c, sentence) && !AGENCY_DATELINE_AFTER.test(text.slice(c.end, c.end + 30)),
    );
    const known = city && gazetteer.city(city.cityId);
    if (known) {
      // Undated, the city goes by the name the text gives it ("Нур-Султане" is of 2019–2022), not today's.
      const name = day
        ? gazetteer.cityNameOn(known, day)
        : nameAsWritten(known, text.slice(city.start, city.end));
      const place: Place = {
        id: known.id,
        name: name ?? gazetteer.cityNameOn(known, null),
        country: known.country,
      };
      return { place, sentence };
    }
  }
  return null;
}

/** Of a city's names over the years, the one the text wrote (in any case ending). */
function nameAsWritten(city: City, written: string): { en: string; ru: string } | null {
  const lower = written.toLowerCase();
  const stem = (name: string) => name.toLowerCase().slice(0, Math.max(3, name.length - 2));
  const name = city.names.find((n) => [n.en, n.ru].some((form) => lower.startsWith(stem(form))));
  return name ? { en: name.en, ru: name.ru } : null;
}

// "подписание в 2024 году знакового контракта" in a 2025 article recalls an earlier signing.
function mentionsOtherYear(sentence: Sentence, date: EventDate | null): boolean {
  if (!date) return false;
  const year = date.start.slice(0, 4);
  return Array.from(sentence.text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)).some((m) => m[0] !== year);
}

function evidenceOf(articleId: string, fact: FactKind, sentence: Sentence): Evidence {
  return { fact, articleId, start: sentence.start, end: sentence.end, quote: sentence.text };
}

function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.fact}:${e.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function uniqueSentences(list: Sentence[]): Sentence[] {
  return list.filter((s, i) => list.findIndex((o) => o.index === s.index) === i);
}

const pad = (n: number) => String(n).padStart(2, '0');

function firstLineLength(text: string): number {
  return text.split('\n')[0]?.length ?? 0;
}

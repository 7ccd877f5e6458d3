import type { DateBasis, DatePrecision, EventDate, EventType, MergeReason, Participant } from '#schema';
import { addDays, firstDayOf, lastDayOf } from '../article/dates/resolve-event-date.ts';
import type { ArticleEvent } from '../article/extract-article.ts';
import { compareCodes } from './compare-codes.ts';

/** What grouping compares of an article's event: a small part of it, kept apart so it can be read alone. */
export interface EventKey {
  type: EventType;
  /** Without the reasons of an inferred date: every run reads every key, and grouping needs none of them. */
  date: Omit<EventDate, 'reasons'> | null;
  countries: string[];
  participantIds: string[];
  /** The day and month ("10-25") of an undated report that gives them without a year. */
  dayOfYear: string | null;
  /** Where the event took place (a city id), when the report says. */
  placeId: string | null;
  /** An undated report's days on which its known people all held office (see ArticleEvent.officeWindow). */
  officeWindow: { from: string; to: string } | null;
  /** The meeting of the data file a summit is (see ArticleEvent.meetingId). */
  meetingId: string | null;
  /** The days the event may fall on, widened by the window within which reports of one event appear. */
  range: Range;
}

/** Worked out once per article (and kept in the cache), not on every run over every article. */
export function eventKey(event: ArticleEvent): EventKey {
  const { type, date, countries, participants, dayOfYear } = event;
  return {
    type,
    date: date && { start: date.start, end: date.end, precision: date.precision, basis: date.basis },
    countries,
    participantIds: participants.map((p) => p.id),
    dayOfYear,
    placeId: event.location?.id ?? null,
    officeWindow: event.officeWindow ?? null,
    meetingId: event.meetingId ?? null,
    range: rangeOf(date),
  };
}

export interface ArticleEventRef {
  articleId: string;
  published: string | null;
  key: EventKey;
}

// Reports of one event appear a day or two apart, in any language; two days a report names are at most two
// days apart (arrival and talks) when they are one event.
const SAME_EVENT_WINDOW_DAYS = 2;
const SAME_DAY_SLACK = 1;

/**
 * Groups articles that report the same event. A report joins a group only when it fits every report already
 * in it (so five calls four days apart never chain into one), and a report that says little of its date (a
 * month, a year, none) joins a group only when no other group fits it too. Reports are compared only with
 * those that share two of their countries, so the work stays near-linear on large corpora.
 */
export function groupSameEventArticles<T extends ArticleEventRef>(items: T[]): T[][] {
  const order = items.map((item) => ({ item, report: reportOf(item), rank: precisionRank(item.key) }));
  // Precise reports found the groups; vaguer ones then join the one group that fits them, if only one does.
  order.sort(
    (a, b) =>
      a.rank - b.rank ||
      compareCodes(a.item.key.range.from, b.item.key.range.from) ||
      compareCodes(a.item.articleId, b.item.articleId),
  );
  const groups: Array<Group<T>> = [];
  const groupsByPair = new Map<string, number[]>();
  // The turn of the report that last tried each group: a group listed under several of its pairs is tried
  // once. Hundreds of groups share a pair and most fail the quick test; collecting them all in a set first
  // took most of the grouping's time on 10,000 articles.
  const triedOnTurn: number[] = [];
  let turn = 0;
  for (const { item, report, rank } of order) {
    turn++;
    const fitting: number[] = [];
    for (const pair of report.pairs) {
      for (const g of groupsByPair.get(pair) ?? []) {
        if (triedOnTurn[g] === turn) continue;
        triedOnTurn[g] = turn;
        const group = groups[g];
        if (group && mayFit(report, group) && fitsMembers(report, group.members)) fitting.push(g);
      }
    }
    // By closeness, then by group: the order does not depend on the order the groups were tried in.
    fitting.sort((a, b) => closeness(report, groups[b]) - closeness(report, groups[a]) || a - b);
    let chosen = rank === PRECISE ? fitting[0] : fitting.length === 1 ? fitting[0] : undefined;
    if (chosen === undefined) {
      chosen = groups.length;
      groups.push({ items: [], members: [], family: report.family, latestFrom: '0000', earliestTo: '9999' });
    }
    const group = groups[chosen];
    if (!group) continue;
    group.items.push(item);
    group.members.push(report);
    if (item.key.date) {
      if (item.key.range.from > group.latestFrom) group.latestFrom = item.key.range.from;
      if (item.key.range.to < group.earliestTo) group.earliestTo = item.key.range.to;
    }
    for (const pair of report.pairs) addTo(groupsByPair, pair, chosen);
  }
  return groups.map((g) => g.items);
}

/** What grouping compares of one report, worked out once per run rather than for every pair compared. */
interface Report {
  key: EventKey;
  family: string;
  countries: Set<string>;
  /** Known people only: a name read from text is spelt differently in each language. */
  people: Set<string>;
  pairs: string[];
}

interface Group<T> {
  items: T[];
  members: Report[];
  family: string;
  /** Over the dated members: the latest first day and the earliest last day a report must span to fit them all. */
  latestFrom: string;
  earliestTo: string;
}

function reportOf(item: ArticleEventRef): Report {
  const { key } = item;
  return {
    key,
    family: family(key.type),
    countries: new Set(key.countries),
    people: new Set(key.participantIds.filter((id) => !id.startsWith('unknown:'))),
    // Reports of one summit name different states (each its own leader's talks there): the meeting links them.
    pairs: key.meetingId
      ? [...countryPairs(key.countries), `meeting:${key.meetingId}`]
      : countryPairs(key.countries),
  };
}

/** A quick test before comparing with every member: the kind of event, and a dated report's days. */
function mayFit<T>(report: Report, group: Group<T>): boolean {
  if (report.family !== group.family) return false;
  if (!report.key.date) {
    if (report.key.dayOfYear) return true;
    // A report with no date fits only a dated group from when its people held office (see mayBeSibling).
    const window = report.key.officeWindow;
    return window !== null && window.from <= group.earliestTo && group.latestFrom <= window.to;
  }
  return report.key.range.from <= group.earliestTo && group.latestFrom <= report.key.range.to;
}

function addTo(index: Map<string, number[]>, pair: string, group: number): void {
  const list = index.get(pair);
  if (!list) index.set(pair, [group]);
  else if (!list.includes(group)) list.push(group);
}

/** Every pair of the report's countries: two reports of one event share at least one such pair. */
function countryPairs(countries: string[]): string[] {
  const sorted = [...new Set(countries)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push(`${sorted[i]}+${sorted[j]}`);
  }
  return pairs;
}

const PRECISE = 0;

/** Why a report joined a group an earlier, more precise report founded (see MERGE_REASONS). */
export function mergeReason(key: EventKey): MergeReason {
  const rank = precisionRank(key);
  if (rank === PRECISE) return 'same_days';
  if (rank === 1) return 'published_days';
  if (rank === 2) return key.dayOfYear && !key.date ? 'day_of_year' : 'period_fits';
  return 'undated_sibling';
}

/** 0: a stated, relative or inferred day; 1: bounded by publication; 2: a month, a year, a day of no year; 3: no date. */
export function precisionRank(key: EventKey): number {
  if (!key.date) return key.dayOfYear ? 2 : 3;
  if (key.date.precision !== 'day') return 2;
  return key.date.basis === 'publication' ? 1 : PRECISE;
}

type Range = { from: string; to: string };
const NO_RANGE: Range = { from: '9999', to: '9999' };

// Calls, summits and the rest (visits, talks, meetings, signings, which one report calls what another calls
// by another name) are different kinds of event.
export function family(type: EventType): string {
  return type === 'phone_call' || type === 'summit' ? type : 'bilateral';
}

/**
 * The report fits every member of the group. Two reports that give no date at all cannot tell whether they
 * are of one event: an undated report joins a group for its dated members, and of the other undated ones
 * only asks that their states and people agree.
 */
function fitsMembers(report: Report, members: Report[]): boolean {
  if (!isUndated(report)) return members.every((m) => sameEvent(report, m));
  let dated = false;
  for (const member of members) {
    if (isUndated(member)) {
      if (!agrees(report, member)) return false;
    } else if (sameEvent(report, member)) dated = true;
    else return false;
  }
  return dated;
}

function isUndated(report: Report): boolean {
  return !report.key.date && !report.key.dayOfYear;
}

function agrees(a: Report, b: Report): boolean {
  return (
    a.key.type === b.key.type && countriesFit(a.countries, b.countries) && participantsFit(a.people, b.people)
  );
}

function sameEvent(a: Report, b: Report): boolean {
  if (a.family !== b.family) return false;
  if (a.key.meetingId && b.key.meetingId) return a.key.meetingId === b.key.meetingId;
  if (!countriesFit(a.countries, b.countries)) return false;
  // Reports of a visit each name the hosts they saw: one person in common is enough when one of them tells
  // of a visit between the same two states. Meetings with different counterparts stay different events.
  const oneVisit =
    (a.key.type === 'visit' || b.key.type === 'visit') &&
    a.countries.size === 2 &&
    sameSet(a.countries, b.countries);
  if (!participantsFit(a.people, b.people, a.family === 'summit' || oneVisit)) return false;
  if (!a.key.date || !b.key.date) {
    // A day and month with an open year fits a report of that day or of the same day and month. A report
    // with neither a date nor a publication day could be of any year: it is never taken for another report
    // (the same leaders meet every year, and decoys of one story are written that way).
    const [dated, undated] = a.key.date ? [a, b] : [b, a];
    if (!undated.key.dayOfYear) return dated.key.date !== null && mayBeSibling(undated, dated);
    if (dated.key.date) return fitsDayOfYear(dated.key, undated.key.dayOfYear);
    return dated.key.dayOfYear !== null && nearDayOfYear(dated.key.dayOfYear, undated.key.dayOfYear);
  }
  const [ra, rb] = [a.key.range, b.key.range];
  return ra.from <= rb.to && rb.from <= ra.to;
}

/**
 * A report that gives no date at all is taken for a dated report of the same kind when two known people
 * are on both, the undated one names all the dated one's states, its people all held office when the dated
 * one took place, and neither names another city. It joins a group only when no other group fits it too
 * (see groupSameEventArticles), so a decoy in another year keeps it apart.
 */
function mayBeSibling(undated: Report, dated: Report): boolean {
  const window = undated.key.officeWindow;
  if (!window || sharedPeople(undated.people, dated.people) < 2) return false;
  // The undated report may name a state more, one its people only spoke of ("arrived from St. Petersburg").
  if (!holdsAll(undated.countries, dated.countries) || undated.key.type !== dated.key.type) return false;
  const [a, b] = [undated.key.placeId, dated.key.placeId];
  if (a && b && a !== b) return false;
  return window.from <= dated.key.range.to && dated.key.range.from <= window.to;
}

/** Every member of `part` is in `whole`. */
function holdsAll(whole: Set<string>, part: Set<string>): boolean {
  for (const x of part) if (!whole.has(x)) return false;
  return true;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function fitsDayOfYear(dated: EventKey, dayOfYear: string): boolean {
  if (dated.date?.precision !== 'day') return false;
  const year = Number(dated.range.from.slice(0, 4));
  // The window may cross New Year: try the day in the window's years.
  return [year, year + 1].some((y) => {
    const day = `${y}-${dayOfYear}`;
    return day >= dated.range.from && day <= dated.range.to;
  });
}

function nearDayOfYear(a: string, b: string): boolean {
  const days = Math.abs(dayNumber(`2000-${a}`) - dayNumber(`2000-${b}`));
  return days <= 2 * SAME_DAY_SLACK;
}

/** Both name the same two states at least, one set holding the other or most of it (a topic country aside). */
function countriesFit(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const c of a) if (b.has(c)) shared++;
  if (shared < 2) return false;
  const union = a.size + b.size - shared;
  return shared === a.size || shared === b.size || shared / union >= 0.5;
}

function sharedPeople(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  return shared;
}

// Two meetings of the same president with different counterparts are different events; a report that names
// no one known (or only one side) cannot tell them apart and fits either. Reports of one summit each name
// the few heads they quote: one in common is enough there.
function participantsFit(a: Set<string>, b: Set<string>, oneIsEnough = false): boolean {
  const fewest = Math.min(a.size, b.size);
  if (fewest === 0) return true;
  return sharedPeople(a, b) >= Math.min(oneIsEnough ? 1 : 2, fewest);
}

/** How well a report fits a group: shared people first, then nearness of dates. */
function closeness<T>(report: Report, group: Group<T> | undefined): number {
  const members = group?.members ?? [];
  let score = 0;
  for (const member of members) {
    score += 10 * sharedPeople(report.people, member.people);
    if (report.key.date && member.key.date) {
      const days = Math.abs(dayNumber(report.key.range.from) - dayNumber(member.key.range.from));
      score -= Math.min(days, 9);
    }
  }
  return score / Math.max(1, members.length);
}

function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/** The days an article's event may fall on, widened by the window within which reports of one event appear. */
function rangeOf(date: EventDate | null): Range {
  if (!date) return NO_RANGE;
  if (date.basis === 'publication') {
    // Only bounded by publication: the event happened on that day or shortly before.
    return { from: addDays(date.start, -SAME_EVENT_WINDOW_DAYS - 1), to: date.end };
  }
  const from = firstDayOf(date.start);
  const to = lastDayOf(date.end);
  return date.precision === 'day'
    ? { from: addDays(from, -SAME_DAY_SLACK), to: addDays(to, SAME_DAY_SLACK) }
    : { from, to };
}

const BASIS_RANK: DateBasis[] = ['stated', 'relative', 'inferred', 'linked', 'publication'];
const PRECISION_RANK: DatePrecision[] = ['day', 'month', 'year'];

// A day and month the text writes out ("Во вторник, 16 января") whose year alone was worked out is surer of
// its day than "today" in a report published the next morning in another time zone.
function basisRank(date: EventDate): number {
  const writtenDay =
    date.basis === 'inferred' &&
    date.precision === 'day' &&
    !(date.reasons ?? []).some((r) => r.kind === 'meeting');
  return writtenDay ? 0.5 : BASIS_RANK.indexOf(date.basis);
}

/** The strongest date among the reports: days beat months beat years; then stated beats relative beats publication. */
export function strongestDate(dates: Array<EventDate | null>): EventDate | null {
  const known = dates.filter((d): d is EventDate => d !== null);
  known.sort(
    (a, b) =>
      PRECISION_RANK.indexOf(a.precision) - PRECISION_RANK.indexOf(b.precision) ||
      basisRank(a) - basisRank(b) ||
      compareCodes(a.start, b.start),
  );
  return known[0] ?? null;
}

/**
 * A day and month one report gives with no year ("7日", "on 25 October") settles a date the other reports
 * give only by a publication day, a month or a year: it is that day in the year that puts it within their
 * days. The day is the text's own; only its year comes from the other report.
 */
export function settleDayOfYear(
  date: EventDate | null,
  events: Array<{ date: EventDate | null; dayOfYear: string | null }>,
): EventDate | null {
  if (!date || (date.precision === 'day' && date.basis !== 'publication')) return date;
  const days = [...new Set(events.flatMap((e) => (e.date === null && e.dayOfYear ? [e.dayOfYear] : [])))];
  const [dayOfYear] = days;
  if (!dayOfYear || days.length > 1) return date;
  const { from, to } =
    date.basis === 'publication' ? rangeOf(date) : { from: firstDayOf(date.start), to: lastDayOf(date.end) };
  const years = new Set([from.slice(0, 4), to.slice(0, 4)]);
  const day = [...years].map((y) => `${y}-${dayOfYear}`).find((d) => d >= from && d <= to);
  if (!day) return date;
  const { basis, precision, start, end } = date;
  return {
    start: day,
    end: day,
    precision: 'day',
    basis: 'inferred',
    reasons: [{ kind: 'otherReport', date: { start, end, precision, basis } }],
  };
}

/** Participants of all reports, once each; a known person wins over the same name read from text. */
export function unionParticipants(lists: Participant[][]): Participant[] {
  const byId = new Map<string, Participant>();
  for (const p of lists.flat()) {
    const existing = byId.get(p.id);
    if (!existing || (!existing.role && p.role)) byId.set(p.id, p);
  }
  return [...byId.values()];
}

import type { BilingualText, DiplomaticEvent } from '#schema';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { firstDayOf } from '../article/dates/resolve-event-date.ts';
import type { ArticleEvent } from '../article/extract-article.ts';
import { hash } from '../cache/hash.ts';
import { compareCodes } from './compare-codes.ts';
import { composeEventTitle } from './compose-title.ts';
import {
  type ArticleEventRef,
  family,
  groupSameEventArticles,
  mergeReason,
  precisionRank,
  settleDayOfYear,
  strongestDate,
  unionParticipants,
} from './merge-events.ts';
import { MergedEvent } from './merged-event.ts';

export interface SourceRef extends ArticleEventRef {
  /** Names this article's extraction: sources named alike merge into the same event. */
  source: string;
  /** The article's whole event, read only when its group has to be merged. */
  event: () => ArticleEvent;
  /** One of the events the article reports beside its own (ArticleEvent.alongside), not its own. */
  alongside?: boolean;
}

/** Events merged in earlier runs, by the sources they were merged from. */
export interface MergedEventMemo {
  mergedEvent(sources: string): MergedEvent | undefined;
  setMergedEvent(sources: string, event: MergedEvent): void;
}

/**
 * Merges reports of the same event and composes each event's fields from all its sources. A group whose
 * sources are those of an event merged before (the same articles, extracted from the same bytes) takes that
 * event as it was: after one file changed, only the groups it left or joined are merged again.
 */
export function buildEvents(
  items: SourceRef[],
  gazetteer: Gazetteer,
  memo: MergedEventMemo = { mergedEvent: () => undefined, setMergedEvent: () => {} },
): Array<{ event: MergedEvent; sources: SourceRef[] }> {
  return groupSameEventArticles(items).map((group) => {
    const sources = orderSources(group);
    const key = sources.map((s) => s.source).join('\n');
    const known = memo.mergedEvent(key);
    if (known) return { event: known, sources };
    const event = MergedEvent.of(mergeGroup(sources, gazetteer));
    memo.setMergedEvent(key, event);
    return { event, sources };
  });
}

function orderSources(group: SourceRef[]): SourceRef[] {
  return [...group].sort(
    (a, b) =>
      compareCodes(a.published ?? '9999', b.published ?? '9999') || compareCodes(a.articleId, b.articleId),
  );
}

function mergeGroup(group: SourceRef[], gazetteer: Gazetteer): DiplomaticEvent {
  const events = group.map((g) => g.event());
  const date = settleDayOfYear(strongestDate(events.map((e) => e.date)), events);
  const type = mostCommon(events.map((e) => e.type));
  const types = unique([type, ...events.flatMap((e) => e.types)]);
  const countries = agreedCountries(events);
  // A participant of a state the reports do not agree on (a leader one report recalls) goes with it.
  const participants = unionParticipants(events.map((e) => e.participants)).filter(
    (p) => p.country === null || countries.includes(p.country),
  );
  const location =
    events.find((e) => e.date === date && e.location)?.location ??
    events.find((e) => e.location)?.location ??
    null;
  const planned = events.every((e) => e.planned);
  const countryNames = countries.map((code) => {
    const country = gazetteer.country(code);
    return country ? { ...country.name } : { en: code, ru: code };
  });
  const articleIds = group.map((g) => g.articleId);
  return {
    id: factId(type, countries, date, group),
    type,
    types,
    planned,
    date,
    countries,
    participants,
    location,
    agreements: uniqueBy(
      events.flatMap((e) => e.agreements),
      (a) => `${a.kind}:${a.title.en}`,
    ),
    figures: uniqueBy(
      events.flatMap((e) => e.figures),
      (f) => `${f.amount}:${f.currency}:${f.kind}:${f.measure}`,
    ),
    title: composeEventTitle({
      type,
      planned,
      participants,
      countryNames,
      location,
      meetingLabel: type === 'summit' ? meetingLabelOf(events, gazetteer) : null,
    }),
    articleIds,
    evidence: events.flatMap((e) => e.evidence),
    ...(group.length > 1 ? { merges: mergesOf(group) } : {}),
  };
}

/** The series label of the meeting the reports say the summit is ("SCO summit"), if they say. */
function meetingLabelOf(events: ArticleEvent[], gazetteer: Gazetteer): BilingualText | null {
  const meetingId = events.find((e) => e.meetingId)?.meetingId;
  const series = meetingId ? gazetteer.meetingSeries(meetingId.slice(0, meetingId.indexOf('@'))) : undefined;
  return series ? { ...series.label } : null;
}

/**
 * An event's id from what it is — the kind, the states, the first day — so that a link to it survives
 * added reports, renamed files and a new run (ids a fact changes are kept as aliases: see event-aliases).
 * An undated event has no day: the bytes of its first report name it instead, whatever the file is called.
 */
function factId(
  type: DiplomaticEvent['type'],
  countries: string[],
  date: DiplomaticEvent['date'],
  group: SourceRef[],
): string {
  const when = date
    ? firstDayOf(date.start)
    : `undated:${group.map((g) => g.source.slice(g.source.indexOf(':') + 1)).sort()[0] ?? ''}`;
  return `ev-${hash(`${family(type)}|${[...countries].sort().join('+')}|${when}`)}`;
}

/** The most precise report founds the event; each other one joined it for the reason its date gives. */
function mergesOf(group: SourceRef[]): NonNullable<DiplomaticEvent['merges']> {
  const founder = [...group].sort(
    (a, b) => precisionRank(a.key) - precisionRank(b.key) || compareCodes(a.articleId, b.articleId),
  )[0];
  return group
    .filter((g) => g !== founder)
    .map((g) => ({ articleId: g.articleId, reason: mergeReason(g.key) }));
}

/** Two events alike in kind, states and day keep one id each: the later ones by their sources get "-2", "-3". */
export function distinctIds(events: MergedEvent[]): MergedEvent[] {
  const byId = new Map<string, MergedEvent[]>();
  for (const event of events) {
    const list = byId.get(event.id);
    if (list) list.push(event);
    else byId.set(event.id, [event]);
  }
  if (byId.size === events.length) return events;
  const renamed = new Map<MergedEvent, MergedEvent>();
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    const ordered = [...list].sort((a, b) => compareCodes(firstOf(a), firstOf(b)));
    ordered.slice(1).forEach((event, i) => {
      renamed.set(event, MergedEvent.of({ ...event.event, id: `${id}-${i + 2}` }));
    });
  }
  return events.map((e) => renamed.get(e) ?? e);
}

function firstOf(event: MergedEvent): string {
  return [...event.articleIds].sort()[0] ?? '';
}

/** The states at least half the reports name (all of them when two reports disagree). */
function agreedCountries(events: ArticleEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const c of new Set(e.countries)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const needed = Math.ceil(events.length / 2);
  return [...counts].filter(([, n]) => n >= needed).map(([c]) => c);
}

function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

import type { Article, EventType, TimelineEvent } from '#schema';
import { eventYears, isUpcoming, utcToday } from './eventDates.ts';
import { matchesWords, narrows, queryWords, type SearchWord, searchableText } from './eventSearch.ts';
import { partnerRows } from './partnerRows.ts';

export type StatusFilter = 'all' | 'past' | 'planned';

export interface EventFilters {
  /** Empty means every type. */
  types: EventType[];
  /** Partner country codes; empty means every country. */
  countries: string[];
  from: number | null;
  to: number | null;
  status: StatusFilter;
  query: string;
}

export const NO_FILTERS: EventFilters = {
  types: [],
  countries: [],
  from: null,
  to: null,
  status: 'all',
  query: '',
};

export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.types.length > 0 ||
    filters.countries.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.status !== 'all' ||
    filters.query.trim() !== ''
  );
}

/**
 * A filter over one corpus. What each test needs (search text, types, rows, years) is worked out once per
 * event here, so a keystroke over tens of thousands of events only compares. The result keeps the order
 * of `events`.
 */
export function createEventFilter(
  events: readonly TimelineEvent[],
  articles: readonly Article[],
): (filters: EventFilters) => TimelineEvent[] {
  const articlesById = new Map(articles.map((article) => [article.id, article]));
  const prepared = events.map((event) => ({
    event,
    haystack: searchableText(event, articlesById),
    rows: partnerRows(event),
    years: event.date ? eventYears(event.date) : null,
  }));
  // Which events match the last query, shared by the calls for one change (the panel filters three ways)
  // and narrowed as a query grows: typing one more letter only re-checks the events that matched before.
  let lastWords: SearchWord[] = [];
  let lastMatches: Uint8Array | null = null;
  function matchesFor(words: SearchWord[]): Uint8Array | null {
    if (words.length === 0) return null;
    const same = (a: SearchWord[]) => a.map((word) => word.plain).join(' ');
    if (lastMatches && same(words) === same(lastWords)) return lastMatches;
    const narrowing = lastMatches !== null && narrows(lastWords, words);
    const matches = new Uint8Array(prepared.length);
    for (let i = 0; i < prepared.length; i++) {
      if (narrowing && !lastMatches?.[i]) continue;
      matches[i] = matchesWords((prepared[i] as (typeof prepared)[number]).haystack, words) ? 1 : 0;
    }
    lastWords = words;
    lastMatches = matches;
    return matches;
  }
  return function filterEvents(filters) {
    const matches = matchesFor(queryWords(filters.query));
    const types = filters.types.length > 0 ? filters.types : null;
    const countries = filters.countries.length > 0 ? filters.countries : null;
    const today = utcToday();
    const result: TimelineEvent[] = [];
    for (let i = 0; i < prepared.length; i++) {
      const { event, rows, years } = prepared[i] as (typeof prepared)[number];
      // By the main type only: the one its dot, colour and label show. A visit whose reports also tell of
      // talks and a signing is one visit, not three events across the chips (their counts add up to the total).
      if (types && !types.includes(event.type)) continue;
      if (countries && !rows.some((row) => countries.includes(row))) continue;
      if (filters.status === 'planned' && !isUpcoming(event, today)) continue;
      if (filters.status === 'past' && isUpcoming(event, today)) continue;
      // Undated events pass the year filter: their year is unknown, and they must never silently vanish.
      if (years && filters.from !== null && years.last < filters.from) continue;
      if (years && filters.to !== null && years.first > filters.to) continue;
      if (matches && !matches[i]) continue;
      result.push(event);
    }
    return result;
  };
}

/** For each type, how many of `events` the type filter would keep if only that type were ticked. */
export function countByType(events: readonly TimelineEvent[]): Map<EventType, number> {
  const counts = new Map<EventType, number>();
  for (const { type } of events) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

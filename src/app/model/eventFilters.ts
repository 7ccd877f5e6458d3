import type { Article, EventType, TimelineEvent } from '#schema';
import { eventYears } from './eventDates.ts';
import { matchesQuery, searchableText } from './eventSearch.ts';
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

/** A predicate for one set of filters; the search text of every event is built once per corpus. */
export function createEventFilter(
  events: readonly TimelineEvent[],
  articles: readonly Article[],
): (filters: EventFilters) => TimelineEvent[] {
  const articlesById = new Map(articles.map((article) => [article.id, article]));
  const haystacks = new Map(events.map((event) => [event.id, searchableText(event, articlesById)]));
  return function filterEvents(filters) {
    return events.filter((event) => {
      // An event of several types matches when any of them is wanted: a visit that included talks is both.
      if (filters.types.length > 0 && !event.types.concat(event.type).some((t) => filters.types.includes(t)))
        return false;
      if (filters.countries.length > 0 && !partnerRows(event).some((c) => filters.countries.includes(c)))
        return false;
      if (filters.status === 'planned' && !event.planned) return false;
      if (filters.status === 'past' && event.planned) return false;
      // Undated events pass the year filter: their year is unknown, and they must never silently vanish.
      if (event.date && (filters.from !== null || filters.to !== null)) {
        const years = eventYears(event.date);
        if (filters.from !== null && years.last < filters.from) return false;
        if (filters.to !== null && years.first > filters.to) return false;
      }
      return filters.query.trim() === '' || matchesQuery(haystacks.get(event.id) ?? '', filters.query);
    });
  };
}

/** For each type, how many of `events` the type filter would keep if only that type were ticked. */
export function countByType(events: readonly TimelineEvent[]): Map<EventType, number> {
  const counts = new Map<EventType, number>();
  for (const event of events) {
    for (const type of new Set(event.types.concat(event.type))) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

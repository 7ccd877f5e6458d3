import type { TimelineEvent } from '#schema';
import { compareEventsByDate } from '../model/eventDates.ts';

export interface NeighbourEvents {
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
}

/**
 * The events before and after `current` among `shown` (in date order). An event the filters hide (opened
 * from a link) still has neighbours: the shown events on either side of where it would stand.
 */
export function neighbourEvents(shown: readonly TimelineEvent[], current: TimelineEvent): NeighbourEvents {
  const index = shown.findIndex((event) => event.id === current.id);
  if (index >= 0) return { previous: shown[index - 1] ?? null, next: shown[index + 1] ?? null };
  const after = shown.findIndex((event) => compareEventsByDate(event, current) > 0);
  const insertion = after < 0 ? shown.length : after;
  return { previous: shown[insertion - 1] ?? null, next: shown[insertion] ?? null };
}

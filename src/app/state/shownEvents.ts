import { createContext, useContext } from 'react';
import type { TimelineEvent } from '#schema';

/**
 * The events the filters let through, in date order: what the detail pane steps through with its
 * previous and next buttons. Provided by the page.
 */
export const ShownEventsContext = createContext<readonly TimelineEvent[]>([]);

export function useShownEvents(): readonly TimelineEvent[] {
  return useContext(ShownEventsContext);
}

import { NO_FILTERS } from '../model/eventFilters.ts';
import type { UrlState } from '../model/urlState.ts';

/**
 * A view state held in memory, for an embed: one store per mounted timeline (never module-level), which the
 * embed's API changes from outside (`selectEvent`, attributes) and listens to (the `select` event).
 */
export interface MemoryViewState {
  get: () => UrlState;
  update: (patch: Partial<UrlState>) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createMemoryViewState(initial: Partial<UrlState> = {}): MemoryViewState {
  let state: UrlState = { view: null, event: null, filters: NO_FILTERS, window: null, ...initial };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(patch) {
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

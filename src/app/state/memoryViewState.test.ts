import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../model/eventFilters.ts';
import { createMemoryViewState } from './memoryViewState.ts';

describe('memory view state', () => {
  it('starts from the defaults plus what the embed was given', () => {
    const store = createMemoryViewState({ event: 'ev-1' });
    expect(store.get()).toEqual({ view: null, event: 'ev-1', filters: NO_FILTERS, window: null });
  });

  it('patches build on each other and notify subscribers until they unsubscribe', () => {
    const store = createMemoryViewState();
    const seen: (string | null)[] = [];
    const stop = store.subscribe(() => seen.push(store.get().event));
    store.update({ event: 'ev-1' });
    store.update({ view: 'list' });
    stop();
    store.update({ event: null });
    expect(seen).toEqual(['ev-1', 'ev-1']);
    expect(store.get()).toMatchObject({ view: 'list', event: null });
  });

  it('two stores never share state', () => {
    const first = createMemoryViewState();
    const second = createMemoryViewState();
    first.update({ event: 'ev-1' });
    expect(second.get().event).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, urlLanguage } from './urlState.ts';

describe('URL state', () => {
  it('round-trips a filtered, selected view', () => {
    const search = '?lng=ru&view=list&event=evt-1&types=visit,talks&countries=MN&from=2020&to=2025&q=Токаев';
    const state = parseUrlState(search);
    expect(state.filters).toEqual({
      types: ['visit', 'talks'],
      countries: ['MN'],
      from: 2020,
      to: 2025,
      status: 'all',
      query: 'Токаев',
    });
    expect(parseUrlState(serializeUrlState(state, 'ru', ''))).toEqual(state);
    expect(urlLanguage(search)).toBe('ru');
  });
  it('ignores malformed values instead of failing', () => {
    const state = parseUrlState('?types=visit,party&from=20x&start=yesterday&end=2025-01-01&view=grid');
    expect(state.filters.types).toEqual(['visit']);
    expect(state.filters.from).toBeNull();
    expect(state.window).toBeNull();
    expect(state.view).toBeNull();
  });
  it('keeps parameters that are not its own', () => {
    const search = serializeUrlState(parseUrlState(''), 'en', '?debugI18n=1&event=old');
    expect(search).toBe('?debugI18n=1&lng=en');
  });
});

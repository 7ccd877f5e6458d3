import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../model/eventFilters.ts';
import { parseUrlState } from '../model/urlState.ts';
import { eventLink, pageAppUrl, viewLink } from './shareLink.ts';

describe('issue 15 beyond: share links point at the standalone app', () => {
  it('a view link carries the view, filters, window and language, and drops the iframe’s embed=1', () => {
    const state = parseUrlState(
      '?embed=1&debugI18n=1&view=list&types=visit&countries=CN&q=gas&start=2024-01-01&end=2025-01-01',
    );
    const link = new URL(viewLink('https://example.org/timeline/index.html', state, 'ru'));
    expect(link.origin + link.pathname).toBe('https://example.org/timeline/index.html');
    expect(link.searchParams.has('embed')).toBe(false);
    expect(link.searchParams.has('debugI18n')).toBe(false);
    expect(link.searchParams.get('lng')).toBe('ru');
    expect(parseUrlState(link.search)).toEqual(state);
  });

  it('an event link opens that event with no filters', () => {
    const link = new URL(eventLink('https://example.org/timeline/', 'ev-1', 'en'));
    expect(parseUrlState(link.search)).toEqual({
      view: null,
      event: 'ev-1',
      filters: NO_FILTERS,
      window: null,
    });
    expect(link.searchParams.get('lng')).toBe('en');
  });

  it('the page’s app address is the page without its query', () => {
    expect(pageAppUrl({ origin: 'http://127.0.0.1:4173', pathname: '/index.html' })).toBe(
      'http://127.0.0.1:4173/index.html',
    );
  });
});

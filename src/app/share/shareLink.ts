import type { UiLanguage } from '#schema';
import { NO_FILTERS } from '../model/eventFilters.ts';
import { serializeUrlState, type UrlState } from '../model/urlState.ts';

/**
 * A link to the standalone app showing `state`. Built from the app's own address rather than the current
 * page's: inside an iframe the page is `?embed=1` (the compact layout), and inside a host page's element
 * the page is the host's, whose URL knows nothing of the timeline.
 */
export function viewLink(appUrl: string, state: UrlState, lng: UiLanguage): string {
  const url = new URL(appUrl);
  // Nothing of the current query is kept: `embed=1`, `debugI18n` or a host's parameters are not the view.
  url.search = serializeUrlState(state, lng, '');
  url.hash = '';
  return url.href;
}

/** A link that opens one event, whatever filters the reader has on (they could hide it). */
export function eventLink(appUrl: string, eventId: string, lng: UiLanguage): string {
  return viewLink(appUrl, { view: null, event: eventId, filters: NO_FILTERS, window: null }, lng);
}

/** The app's address when the page is the app itself (the full page, the iframe): this page without its query. */
export function pageAppUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

import { EVENT_TYPES, type EventType, UI_LANGUAGES, type UiLanguage } from '#schema';
import { type EventFilters, NO_FILTERS, type StatusFilter } from './eventFilters.ts';

export type ViewName = 'timeline' | 'list';

/** Everything a link must carry to reopen exactly the same view. */
export interface UrlState {
  view: ViewName | null;
  event: string | null;
  filters: EventFilters;
  /** The visible window of the timeline, as ISO dates; null opens fitted to the data. */
  window: { start: string; end: string } | null;
}

const isEventType = (value: string): value is EventType => (EVENT_TYPES as readonly string[]).includes(value);
const isLanguage = (value: string): value is UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(value);
const isoDate = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function year(params: URLSearchParams, name: string): number | null {
  const value = params.get(name);
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Reads the state from a query string; anything malformed is ignored rather than breaking the page. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const status = params.get('status');
  const start = params.get('start') ?? '';
  const end = params.get('end') ?? '';
  return {
    view: view === 'list' || view === 'timeline' ? view : null,
    event: params.get('event') || null,
    filters: {
      types: list(params, 'types').filter(isEventType),
      countries: list(params, 'countries')
        .map((code) => code.toUpperCase())
        .filter((code) => /^[A-Z]{2}$|^none$/i.test(code)),
      from: year(params, 'from'),
      to: year(params, 'to'),
      status: status === 'planned' || status === 'past' ? (status satisfies StatusFilter) : 'all',
      query: params.get('q') ?? '',
    },
    window: isoDate.test(start) && isoDate.test(end) && start < end ? { start, end } : null,
  };
}

/** The language requested by the URL, if it is one of ours. */
export function urlLanguage(search: string): UiLanguage | null {
  const lng = new URLSearchParams(search).get('lng');
  return lng && isLanguage(lng) ? lng : null;
}

/**
 * Writes the state into a query string, keeping parameters that are not ours (a host page's, `debugI18n`).
 * Defaults are left out so that links stay short.
 */
export function serializeUrlState(state: UrlState, lng: UiLanguage, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') params.delete(name);
    else params.set(name, value);
  };
  const { filters } = state;
  set('lng', lng);
  set('view', state.view);
  set('event', state.event);
  set('types', filters.types.join(','));
  set('countries', filters.countries.join(','));
  set('from', filters.from === null ? null : String(filters.from));
  set('to', filters.to === null ? null : String(filters.to));
  set('status', filters.status === NO_FILTERS.status ? null : filters.status);
  set('q', filters.query.trim());
  set('start', state.window?.start ?? null);
  set('end', state.window?.end ?? null);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

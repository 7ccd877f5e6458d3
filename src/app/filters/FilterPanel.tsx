import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { type EventFilters, hasActiveFilters, NO_FILTERS } from '../model/eventFilters.ts';
import type { HistoryMode } from '../state/viewState.ts';
import { CountryFilter } from './CountryFilter.tsx';
import { SearchBox } from './SearchBox.tsx';
import { StatusAndYears } from './StatusAndYears.tsx';
import { TypeFilter } from './TypeFilter.tsx';
import './FilterPanel.css';

export interface FilterPanelProps {
  filters: EventFilters;
  onChange: (filters: EventFilters, mode?: HistoryMode) => void;
  /** Filters the corpus; used to count what each choice would show given the other filters. */
  filterEvents: (filters: EventFilters) => TimelineEvent[];
  /** Open on wide screens; on a phone the panel starts folded so the events come first. */
  initiallyOpen: boolean;
}

// Memoised: the page re-renders on every pan and zoom (the window is in the URL), and this part's counts
// over every event need not follow.
export const FilterPanel = memo(function FilterPanel({
  filters,
  onChange,
  filterEvents,
  initiallyOpen,
}: FilterPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  // What each choice would show given the other filters: keyed by those other filters only, so ticking a
  // type does not recount the types (nor a country the countries) over every event.
  const othersThanTypes = JSON.stringify({ ...filters, types: [] });
  const othersThanCountries = JSON.stringify({ ...filters, countries: [] });
  const withoutTypes = useMemo(
    () => filterEvents(JSON.parse(othersThanTypes) as EventFilters),
    [filterEvents, othersThanTypes],
  );
  const withoutCountries = useMemo(
    () => filterEvents(JSON.parse(othersThanCountries) as EventFilters),
    [filterEvents, othersThanCountries],
  );
  const set = (patch: Partial<EventFilters>, mode?: HistoryMode) => onChange({ ...filters, ...patch }, mode);
  return (
    <details className="filter-panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2>{t('filters.heading')}</h2>
      </summary>
      <search className="filter-grid">
        <SearchBox query={filters.query} onChange={(query, mode) => set({ query }, mode)} />
        <TypeFilter selected={filters.types} events={withoutTypes} onChange={(types) => set({ types })} />
        <CountryFilter
          selected={filters.countries}
          events={withoutCountries}
          onChange={(countries) => set({ countries })}
        />
        <StatusAndYears filters={filters} onChange={set} />
        {hasActiveFilters(filters) && (
          <button type="button" className="filter-clear" onClick={() => onChange(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        )}
      </search>
    </details>
  );
});

import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpus } from '../corpusContext.ts';
import { eventYears } from '../model/eventDates.ts';
import type { EventFilters, StatusFilter } from '../model/eventFilters.ts';

const STATUSES = ['all', 'past', 'planned'] as const satisfies readonly StatusFilter[];
const STATUS_KEYS = {
  all: 'filters.statusAll',
  past: 'filters.statusPast',
  planned: 'filters.statusPlanned',
} as const;

/** Year range (the years the corpus covers) and held/planned. */
export function StatusAndYears({
  filters,
  onChange,
}: {
  filters: EventFilters;
  onChange: (patch: Partial<EventFilters>) => void;
}) {
  const { t } = useTranslation();
  const { corpus } = useCorpus();
  const id = useId();
  // Once per corpus, not on every keystroke in the search box beside it.
  const options = useMemo(() => {
    const years = new Set<number>();
    for (const event of corpus.events) {
      if (!event.date) continue;
      const { first, last } = eventYears(event.date);
      for (let year = first; year <= last; year++) years.add(year);
    }
    return [...years].sort((a, b) => a - b);
  }, [corpus]);
  const yearSelect = (name: 'from' | 'to') => (
    <select
      id={`${id}-${name}`}
      value={filters[name] ?? ''}
      onChange={(event) =>
        onChange({ [name]: event.target.value === '' ? null : Number(event.target.value) })
      }
    >
      <option value="">{t('filters.anyYear')}</option>
      {options.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </select>
  );
  return (
    <>
      <fieldset className="filter-field filter-years">
        <legend>{t('filters.years')}</legend>
        <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
        {yearSelect('from')}
        <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
        {yearSelect('to')}
      </fieldset>
      <div className="filter-field filter-status">
        <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
        <select
          id={`${id}-status`}
          value={filters.status}
          onChange={(event) => onChange({ status: event.target.value as StatusFilter })}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_KEYS[status])}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

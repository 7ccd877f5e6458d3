import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { useUiLanguage } from '../useUiLanguage.ts';
import { eventsPerYear, yearWindow } from './eventsPerYear.ts';
import './YearStrip.css';

export interface YearStripProps {
  /** The filtered events: the strip counts what the rows below show. */
  events: readonly TimelineEvent[];
  onPickYear: (window: { start: string; end: string }) => void;
}

/** A bar per year, its height the year's share of the busiest year's events; a click shows that year. */
// Memoised: the page re-renders on every pan and zoom, and the counts only follow the filters.
export const YearStrip = memo(function YearStrip({ events, onPickYear }: YearStripProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const years = useMemo(() => eventsPerYear(events), [events]);
  const busiest = Math.max(1, ...years.map((entry) => entry.count));
  const yearText = useMemo(() => new Intl.NumberFormat(lng, { useGrouping: false }), [lng]);
  if (years.length === 0) return null;
  return (
    <fieldset className="year-strip" data-testid="year-strip">
      <legend className="year-strip-caption">{t('years.caption')}</legend>
      <ol className="year-strip-bars">
        {years.map(({ year, count }) => (
          <li key={year}>
            {/* Named by a text of its own, not `aria-label`: read as "2025: 3 events", seen as the count over the year. */}
            <button type="button" data-year={year} onClick={() => onPickYear(yearWindow(year))}>
              <span className="visually-hidden">
                {t('years.bar', { year: yearText.format(year), events: t('count.events', { count }) })}
              </span>
              <span className="year-strip-count" aria-hidden="true">
                {count}
              </span>
              <span className="year-strip-bar" aria-hidden="true">
                <span style={{ blockSize: `${(count / busiest) * 100}%` }} />
              </span>
              <span className="year-strip-year" aria-hidden="true">
                {yearText.format(year)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
});

import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryMode } from '../state/viewState.ts';

/** Keys further apart than this start a new history step; closer ones are one query being typed. */
const TYPING_PAUSE_MS = 1000;

/**
 * The events follow the query as it is typed, key by key. The history gets one step per burst of typing
 * (the first key pushes, the following ones replace it), so Back returns to before the search rather than
 * walking through its letters. The box shows the view state's query, so a query changed from outside
 * (back button, "clear filters") shows at once.
 */
export function SearchBox({
  query,
  onChange,
}: {
  query: string;
  onChange: (query: string, mode: HistoryMode) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
  return (
    <div className="filter-field filter-search">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => {
          const now = event.timeStamp;
          const mode: HistoryMode = now - lastKeyAt.current > TYPING_PAUSE_MS ? 'push' : 'replace';
          lastKeyAt.current = now;
          onChange(event.target.value, mode);
        }}
      />
    </div>
  );
}

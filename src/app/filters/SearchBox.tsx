import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryMode } from '../state/viewState.ts';

/** Keys further apart than this start a new history step; closer ones are one query being typed. */
const TYPING_PAUSE_MS = 1000;

/**
 * The events follow the query as it is typed, key by key. The history gets one step per burst of typing
 * (the first key pushes, the following ones replace it), so Back returns to before the search rather than
 * walking through its letters. A query changed from outside (back button, "clear filters") replaces the draft.
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
  const [draft, setDraft] = useState(query);
  const [seen, setSeen] = useState(query);
  if (query !== seen) {
    setSeen(query);
    setDraft(query);
  }
  const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
  return (
    <div className="filter-field filter-search">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => {
          const next = event.target.value;
          const now = event.timeStamp;
          const mode: HistoryMode = now - lastKeyAt.current > TYPING_PAUSE_MS ? 'push' : 'replace';
          lastKeyAt.current = now;
          setDraft(next);
          setSeen(next);
          onChange(next, mode);
        }}
      />
    </div>
  );
}

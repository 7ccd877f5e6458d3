import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The query reaches the URL (one history step) after a pause in typing, not on every key; the input
 * itself stays responsive. A query changed from outside (back button, "clear filters") replaces the draft.
 */
export function SearchBox({ query, onChange }: { query: string; onChange: (query: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(query);
  const [committed, setCommitted] = useState(query);
  if (query !== committed) {
    setCommitted(query);
    setDraft(query);
  }
  useEffect(
    function commitAfterPause() {
      if (draft === committed) return undefined;
      const timer = setTimeout(() => onChange(draft), 350);
      return function cancelCommit() {
        clearTimeout(timer);
      };
    },
    [draft, committed, onChange],
  );
  return (
    <div className="filter-field filter-search">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange(draft);
        }}
      />
    </div>
  );
}

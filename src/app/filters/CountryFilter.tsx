import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { countryName } from '../format/countryName.ts';
import { rowLabel } from '../format/rowLabel.ts';
import { useMenuDismiss } from '../menus/useMenuDismiss.ts';
import { matchesWords, normaliseForSearch, queryWords } from '../model/eventSearch.ts';
import { NO_PARTNER_ROW, partnerRows } from '../model/partnerRows.ts';
import { useUiLanguage } from '../useUiLanguage.ts';

export interface CountryFilterProps {
  selected: string[];
  events: readonly TimelineEvent[];
  onChange: (countries: string[]) => void;
}

/**
 * Partner countries as checkboxes in a fold-out menu, the most frequent partners first (a real feed names a
 * hundred countries, most of them once), each with its event count, and a box that finds one by name.
 */
export function CountryFilter({ selected, events, onChange }: CountryFilterProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const searchId = useId();
  const menu = useRef<HTMLDetailsElement>(null);
  const { open, onToggle } = useMenuDismiss(menu);
  const [query, setQuery] = useState('');
  const counts = useMemo(() => {
    const byRow = new Map<string, number>();
    for (const event of events) {
      for (const row of partnerRows(event)) byRow.set(row, (byRow.get(row) ?? 0) + 1);
    }
    return byRow;
  }, [events]);
  const codes = useMemo(() => {
    const all = new Map(counts);
    for (const code of selected) if (!all.has(code)) all.set(code, 0);
    const collator = new Intl.Collator(lng);
    const sorted = [...all.keys()]
      .filter((code) => code !== NO_PARTNER_ROW)
      .sort(
        (a, b) =>
          (all.get(b) ?? 0) - (all.get(a) ?? 0) || collator.compare(countryName(a, lng), countryName(b, lng)),
      );
    if (all.has(NO_PARTNER_ROW)) sorted.push(NO_PARTNER_ROW);
    return sorted;
  }, [counts, selected, lng]);
  const words = queryWords(query);
  // A name in the UI language, in English, or the code: a reader may know the country by any of them.
  const shown =
    words.length === 0
      ? codes
      : codes.filter((code) => {
          const text = normaliseForSearch(`${rowLabel(code, lng, t)} ${countryName(code, 'en')} ${code}`);
          return matchesWords(text, words);
        });
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code] : selected.filter((x) => x !== code));
  return (
    <fieldset className="filter-field filter-countries">
      <legend>{t('filters.countries')}</legend>
      <details className="country-menu" ref={menu} onToggle={onToggle}>
        <summary>
          {selected.length === 0
            ? t('filters.allCountries')
            : t('filters.countriesSummary', { count: selected.length })}
        </summary>
        <div className="country-panel" data-menu-panel="">
          <label className="country-search" htmlFor={searchId}>
            <span className="visually-hidden">{t('filters.countrySearch')}</span>
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder={t('filters.countrySearch')}
              onChange={(event) => setQuery(event.target.value)}
            />
          </label>
          {open && (
            <ul>
              {shown.map((code) => (
                <li key={code}>
                  <label className="country-option">
                    <input
                      type="checkbox"
                      checked={selected.includes(code)}
                      onChange={(event) => toggle(code, event.target.checked)}
                      data-country={code}
                    />
                    <bdi>{rowLabel(code, lng, t)}</bdi>
                    {code !== NO_PARTNER_ROW && (
                      <span className="country-code" data-untranslated="">
                        {code}
                      </span>
                    )}
                    <span className="chip-count">{counts.get(code) ?? 0}</span>
                  </label>
                </li>
              ))}
              {shown.length === 0 && <li className="country-none">{t('filters.noCountryMatches')}</li>}
            </ul>
          )}
        </div>
      </details>
    </fieldset>
  );
}

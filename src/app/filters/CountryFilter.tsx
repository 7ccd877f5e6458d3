import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { sortCountriesByName } from '../format/countryName.ts';
import { rowLabel } from '../format/rowLabel.ts';
import { NO_PARTNER_ROW, partnerRows } from '../model/partnerRows.ts';
import { useUiLanguage } from '../useUiLanguage.ts';

export interface CountryFilterProps {
  selected: string[];
  events: readonly TimelineEvent[];
  onChange: (countries: string[]) => void;
}

/** Partner countries as checkboxes in a fold-out, names in the UI language, each with its event count. */
export function CountryFilter({ selected, events, onChange }: CountryFilterProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const row of partnerRows(event)) counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  for (const code of selected) if (!counts.has(code)) counts.set(code, 0);
  const codes = sortCountriesByName(
    [...counts.keys()].filter((code) => code !== NO_PARTNER_ROW),
    lng,
  );
  if (counts.has(NO_PARTNER_ROW)) codes.push(NO_PARTNER_ROW);
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code] : selected.filter((x) => x !== code));
  return (
    <fieldset className="filter-field filter-countries">
      <legend>{t('filters.countries')}</legend>
      <details className="country-menu">
        <summary>
          {selected.length === 0
            ? t('filters.allCountries')
            : t('filters.countriesSummary', { count: selected.length })}
        </summary>
        <ul>
          {codes.map((code) => (
            <li key={code}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(code)}
                  onChange={(event) => toggle(code, event.target.checked)}
                  data-country={code}
                />
                {rowLabel(code, lng, t)}
                {code !== NO_PARTNER_ROW && (
                  <span className="country-code" data-untranslated="">
                    {code}
                  </span>
                )}
                <span className="chip-count">{counts.get(code) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}

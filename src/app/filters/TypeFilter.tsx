import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, type EventType, type TimelineEvent } from '#schema';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';
import { countByType } from '../model/eventFilters.ts';

export interface TypeFilterProps {
  selected: EventType[];
  /** The events the other filters keep, for the count beside each type. */
  events: readonly TimelineEvent[];
  onChange: (types: EventType[]) => void;
}

/** Checkboxes drawn with each type's glyph and colour, so the filter doubles as the legend. */
export function TypeFilter({ selected, events, onChange }: TypeFilterProps) {
  const { t } = useTranslation();
  const counts = useMemo(() => countByType(events), [events]);
  const toggle = (type: EventType, on: boolean) =>
    onChange(
      on ? EVENT_TYPES.filter((x) => x === type || selected.includes(x)) : selected.filter((x) => x !== type),
    );
  return (
    <fieldset className="filter-field filter-types">
      <legend>{t('filters.types')}</legend>
      <div className="chips">
        {EVENT_TYPES.map((type) => (
          <label key={type} className={`chip type-${type}`}>
            <input
              type="checkbox"
              checked={selected.includes(type)}
              onChange={(event) => toggle(type, event.target.checked)}
            />
            <span className="chip-glyph" aria-hidden="true">
              {EVENT_TYPE_GLYPHS[type]}
            </span>
            {t(`types.${type}`)}
            <span className="chip-count">{counts.get(type) ?? 0}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

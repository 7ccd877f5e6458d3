import { useTranslation } from 'react-i18next';
import { EVENT_TYPES } from '#schema';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';

/** What the colours, shapes and outlines on the timeline mean. */
export function TimelineLegend() {
  const { t } = useTranslation();
  return (
    <section className="legend" aria-label={t('timeline.legend')}>
      <ul>
        {EVENT_TYPES.map((type) => (
          <li key={type} className={`legend-entry type-${type}`}>
            <span className="legend-swatch" aria-hidden="true">
              {EVENT_TYPE_GLYPHS[type]}
            </span>
            {t(`types.${type}`)}
          </li>
        ))}
        <li className="legend-entry">
          <span className="legend-swatch legend-imprecise" aria-hidden="true" />
          {t('timeline.legendUncertain')}
        </li>
        <li className="legend-entry">
          <span className="legend-swatch legend-planned" aria-hidden="true" />
          {t('timeline.legendPlanned')}
        </li>
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { countryName } from '../format/countryName.ts';
import { formatEventDate } from '../format/dateText.ts';
import { localText } from '../format/localText.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import { usePrinting } from './usePrinting.ts';
import './PrintList.css';

/**
 * What a printed page shows instead of the controls and the timeline: the filtered events as a list. Drawn
 * only while printing, so a corpus of thousands of events costs nothing on screen.
 */
export function PrintList({ events }: { events: readonly TimelineEvent[] }) {
  const printing = usePrinting();
  if (!printing) return null;
  return <PrintedEvents events={events} />;
}

function PrintedEvents({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  return (
    <section className="print-list" data-testid="print-list" aria-labelledby="print-list-title">
      <h2 id="print-list-title">{t('app.title')}</h2>
      <p>{t('count.events', { count: events.length })}</p>
      <ol>
        {events.map((event) => (
          <li key={event.id} data-print-event={event.id}>
            <strong className="print-title">{localText(event.title, lng)}</strong>
            <span className="print-date">
              {event.date ? formatEventDate(event.date, lng) : t('list.undated')}
            </span>
            <span className="print-countries">
              {t('detail.countries')}: {event.countries.map((code) => countryName(code, lng)).join(', ')}
            </span>
            {event.participants.length > 0 && (
              <span className="print-participants">
                {t('detail.participants')}:{' '}
                {event.participants.map((person) => localText(person.name, lng)).join(', ')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

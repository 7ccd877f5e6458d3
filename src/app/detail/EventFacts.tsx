import { useTranslation } from 'react-i18next';
import type { DateReason, TimelineEvent } from '#schema';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';
import { countryName } from '../format/countryName.ts';
import { dateReasonParts } from '../format/dateReasonText.ts';
import { formatEventDate } from '../format/dateText.ts';
import { localText } from '../format/localText.ts';
import { formatMoney } from '../format/money.ts';
import { isImprecise, isUpcoming } from '../model/eventDates.ts';
import { OtherSpelling } from '../names/OtherSpelling.tsx';
import { useUiLanguage } from '../useUiLanguage.ts';

/** What settled an inferred date's year, one line per reason; corpus names isolated as <bdi>. */
function DateReasons({ reasons }: { reasons: DateReason[] }) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  return (
    <div className="detail-reasons" data-fact="dateReasons">
      <p className="detail-note" id="detail-reasons-heading">
        {t('dateReasons.heading')}
      </p>
      <ul aria-labelledby="detail-reasons-heading">
        {/* A corpus may list one reason twice: it is said once. */}
        {[...new Map(reasons.map((r) => [JSON.stringify(r), r])).entries()].map(([key, reason]) => (
          <li key={key} data-reason={reason.kind}>
            {dateReasonParts(reason, lng, t).map((part, index) =>
              part.name ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one line never reorder.
                <bdi key={index}>{part.text}</bdi>
              ) : (
                part.text
              ),
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The event's facts as a description list, every label and value in the UI language. */
export function EventFacts({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const moneyDisplay = t('format.moneyCompactDisplay') === 'long' ? 'long' : 'short';
  const otherTypes = event.types.filter((type) => type !== event.type);
  return (
    <dl className={`detail-facts type-${event.type}`}>
      <dt>{t('detail.date')}</dt>
      <dd data-fact="date">
        {event.date ? formatEventDate(event.date, lng) : t('list.undated')}
        {event.date && isImprecise(event.date) && (
          <span className="detail-note"> ({t(`precision.${event.date.precision}`)})</span>
        )}
        {event.date && event.date.basis !== 'stated' && (
          <span className="detail-note detail-basis">{t(`basis.${event.date.basis}`)}</span>
        )}
        {event.date?.reasons && event.date.reasons.length > 0 && <DateReasons reasons={event.date.reasons} />}
      </dd>
      <dt>{t('detail.type')}</dt>
      <dd data-fact="type">
        <span className="detail-glyph" aria-hidden="true">
          {EVENT_TYPE_GLYPHS[event.type]}
        </span>
        {t(`types.${event.type}`)}
        {otherTypes.length > 0 && (
          <span className="detail-note">
            {' · '}
            {t('detail.alsoTypes')}: {otherTypes.map((type) => t(`types.${type}`)).join(', ')}
          </span>
        )}
      </dd>
      <dt>{t('detail.status')}</dt>
      <dd data-fact="status">{isUpcoming(event) ? t('detail.planned') : t('detail.held')}</dd>
      {event.location && (
        <>
          <dt>{t('detail.place')}</dt>
          <dd data-fact="place">
            <bdi>{localText(event.location.name, lng)}</bdi>, {countryName(event.location.country, lng)}
          </dd>
        </>
      )}
      <dt>{t('detail.countries')}</dt>
      <dd data-fact="countries">{event.countries.map((code) => countryName(code, lng)).join(', ')}</dd>
      {event.participants.length > 0 && (
        <>
          <dt>{t('detail.participants')}</dt>
          <dd>
            <ul className="detail-people" data-fact="participants">
              {event.participants.map((person) => (
                <li key={person.id}>
                  <bdi className="detail-person" data-untranslated="">
                    {localText(person.name, lng)}
                  </bdi>
                  <OtherSpelling name={person.name} />
                  {' — '}
                  {[
                    person.role ? t(`roles.${person.role}`) : null,
                    person.country ? countryName(person.country, lng) : t('detail.unknownCountry'),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                  {!person.known && <span className="detail-note"> ({t('detail.unrecognised')})</span>}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {event.agreements.length > 0 && (
        <>
          <dt>{t('detail.documents')}</dt>
          <dd>
            <ul data-fact="documents">
              {event.agreements.map((agreement) => (
                <li key={`${agreement.kind}:${agreement.title.en}`}>
                  <bdi>{localText(agreement.title, lng) || t(`documents.${agreement.kind}`)}</bdi>
                  <span className="detail-note"> ({t(`documents.${agreement.kind}`)})</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {event.figures.length > 0 && (
        <>
          <dt>{t('detail.figures')}</dt>
          <dd>
            <ul data-fact="figures">
              {event.figures.map((figure) => (
                <li key={`${figure.measure}:${figure.kind}:${figure.amount}:${figure.year}`}>
                  <bdi>{localText(figure.label, lng) || t(`measures.${figure.measure}`)}</bdi>:{' '}
                  <strong>{formatMoney(figure, lng, moneyDisplay)}</strong>
                  <span className="detail-note">
                    {' '}
                    ({t(`figureKinds.${figure.kind}`)}
                    {/* The pipeline's label may already name the year ("Trade turnover in 2024"). */}
                    {figure.year !== null &&
                      !localText(figure.label, lng).includes(String(figure.year)) &&
                      `, ${t('detail.figureYear', { year: figure.year })}`}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

import type { KeyboardEvent } from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '#schema';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';
import { formatEventDate } from '../format/dateText.ts';
import { rowLabel } from '../format/rowLabel.ts';
import { isApproximate, isUpcoming } from '../model/eventDates.ts';
import { involvesHomeCountry, partnerRows } from '../model/partnerRows.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import './EventList.css';
import { localText } from '../format/localText.ts';

export interface EventListProps {
  /** Already in date order, undated last. */
  events: readonly TimelineEvent[];
  openEventId: string | null;
  onOpen: (eventId: string, opener: HTMLElement | null) => void;
}

const STEPS: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * ↑/↓ move between rows as well as Tab, Home/End go to the first and the last event, so a long list is
 * quick to walk with a keyboard.
 */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const step = STEPS[event.key];
  if (!step) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-event-row]')];
  // The root's active element: inside an embed's shadow root, `document.activeElement` is the embed itself.
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const index = rows.indexOf(root.activeElement as HTMLButtonElement);
  if (index < 0) return;
  rows[step(index, rows.length - 1)]?.focus();
  event.preventDefault();
}

/** The events in runs of one year each (undated last, as they come), for a heading per year. */
function byYear(events: readonly TimelineEvent[]): { year: string | null; events: TimelineEvent[] }[] {
  const runs: { year: string | null; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = event.date ? event.date.start.slice(0, 4) : null;
    const run = runs.at(-1);
    if (run && run.year === year) run.events.push(event);
    else runs.push({ year, events: [event] });
  }
  return runs;
}

/** The accessible alternative to the timeline and the phone view: a semantic, ordered list of events. */
// Memoised: the page renders it with the deferred events, so a keystroke's urgent render skips it.
export const EventList = memo(function EventList({ events, openEventId, onOpen }: EventListProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading" className="visually-hidden">
        {t('list.label')}
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the keys move focus between the buttons inside. */}
      <div className="event-list-years" onKeyDown={moveFocus}>
        {byYear(events).map((run) => (
          <div key={run.year ?? 'undated'} className="event-list-year">
            <h3 className="event-list-year-heading">{run.year ?? t('list.undated')}</h3>
            <ol>
              {run.events.map((event) => (
                <li
                  key={event.id}
                  className={`event-row type-${event.type}`}
                  data-planned={isUpcoming(event)}
                >
                  <button
                    type="button"
                    data-event-row={event.id}
                    aria-current={openEventId === event.id ? 'true' : undefined}
                    onClick={(click) => onOpen(event.id, click.currentTarget)}
                  >
                    <span className="event-row-date">
                      {event.date ? formatEventDate(event.date, lng) : t('list.undated')}
                      {event.date && isApproximate(event.date) && <span aria-hidden="true"> ≈</span>}
                    </span>
                    <span className="event-row-type">
                      <span className="event-row-glyph" aria-hidden="true">
                        {EVENT_TYPE_GLYPHS[event.type]}
                      </span>
                      {t(`types.${event.type}`)}
                      {isUpcoming(event) && (
                        <span className="badge event-row-planned">{t('detail.planned')}</span>
                      )}
                    </span>
                    <bdi className="event-row-title">{localText(event.title, lng)}</bdi>
                    <span className="event-row-countries">
                      {/* An event Kazakhstan is not a party to has no partner row: its own countries, then. */}
                      {(involvesHomeCountry(event) ? partnerRows(event) : event.countries)
                        .map((row) => rowLabel(row, lng, t))
                        .join(', ')}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
});

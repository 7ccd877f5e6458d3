import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpus } from './corpusContext.ts';
import { DetailPane } from './detail/DetailPane.tsx';
import { FilterPanel } from './filters/FilterPanel.tsx';
import { AppHeader } from './header/AppHeader.tsx';
import { EventList } from './list/EventList.tsx';
import { compareEventsByDate } from './model/eventDates.ts';
import { createEventFilter, type EventFilters, NO_FILTERS } from './model/eventFilters.ts';
import type { UrlState } from './model/urlState.ts';
import { OutsideTimeline } from './outside/OutsideTimeline.tsx';
import { useDocumentLanguage } from './state/useDocumentLanguage.ts';
import { PANE_COVERS_PAGE_QUERY, PHONE_QUERY, useMediaQuery } from './state/useMediaQuery.ts';
import { useReturnFocus } from './state/useReturnFocus.ts';
import { useUrlState } from './state/useUrlState.ts';
import { TimelineView } from './timeline/TimelineView.tsx';
import './TimelinePage.css';

/** The page: owns the URL state and wires filters, the two views and the detail pane together. */
export function TimelinePage() {
  const { t } = useTranslation();
  const { corpus } = useCorpus();
  const { state, update } = useUrlState();
  const narrow = useMediaQuery(PHONE_QUERY);
  const paneCoversPage = useMediaQuery(PANE_COVERS_PAGE_QUERY);
  const focus = useReturnFocus();
  useDocumentLanguage();

  const filterEvents = useMemo(() => createEventFilter(corpus.events, corpus.articles), [corpus]);
  const shown = useMemo(
    () => filterEvents(state.filters).sort(compareEventsByDate),
    [filterEvents, state.filters],
  );
  const view = state.view ?? (narrow ? 'list' : 'timeline');
  const openEvent = corpus.events.find((event) => event.id === state.event) ?? null;

  const open = useCallback(
    (eventId: string, opener: HTMLElement | null) => {
      focus.remember(opener);
      update({ event: eventId }, 'push');
    },
    [focus, update],
  );
  const close = useCallback(() => {
    const closing = state.event;
    update({ event: null }, 'push');
    focus.restore(closing);
  }, [focus, update, state.event]);
  const setFilters = useCallback((filters: EventFilters) => update({ filters }, 'push'), [update]);
  const setWindow = useCallback((window: UrlState['window']) => update({ window }, 'replace'), [update]);

  const empty = shown.length === 0 && corpus.events.length > 0;
  // Where the pane covers the page, what it covers must not take focus or reach screen readers.
  const covered = state.event !== null && paneCoversPage;
  return (
    <div className="page" data-pane-open={state.event !== null}>
      <div className="page-top" inert={covered}>
        <a className="skip-link" href="#events">
          {t('app.skipToContent')}
        </a>
        <AppHeader
          view={view}
          onViewChange={(next) => update({ view: next }, 'push')}
          shownEvents={shown}
          totalCount={corpus.events.length}
        />
        <FilterPanel
          filters={state.filters}
          onChange={setFilters}
          filterEvents={filterEvents}
          initiallyOpen={!narrow}
        />
      </div>
      <div className="page-body">
        <main id="events" className="page-main" tabIndex={-1} inert={covered}>
          {empty ? (
            <div className="empty-state" role="status">
              <p>{t('filters.empty')}</p>
              <button type="button" onClick={() => setFilters(NO_FILTERS)}>
                {t('filters.clear')}
              </button>
            </div>
          ) : view === 'timeline' ? (
            <TimelineView
              events={shown}
              openEventId={state.event}
              initialWindow={state.window}
              onOpen={open}
              onWindowChange={setWindow}
            />
          ) : (
            <EventList events={shown} openEventId={state.event} onOpen={open} />
          )}
          <OutsideTimeline events={shown} view={view} onOpen={open} />
        </main>
        {state.event !== null && <DetailPane event={openEvent} onClose={close} />}
      </div>
    </div>
  );
}

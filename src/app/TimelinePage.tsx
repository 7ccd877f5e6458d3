import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
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
import { PrintList } from './print/PrintList.tsx';
import { ShownEventsContext } from './state/shownEvents.ts';
import { useDocumentLanguage } from './state/useDocumentLanguage.ts';
import { PANE_COVERS_PAGE_QUERY, PHONE_QUERY, useMediaQuery } from './state/useMediaQuery.ts';
import { useReturnFocus } from './state/useReturnFocus.ts';
import { useViewerHost } from './state/viewerHost.ts';
import { type HistoryMode, useViewState } from './state/viewState.ts';
import { TimelineView } from './timeline/TimelineView.tsx';
import { YearStrip } from './years/YearStrip.tsx';
import './TimelinePage.css';

/** The page: reads the view state (URL or an embed's memory) and wires filters, views and the detail pane. */
export function TimelinePage() {
  const { t } = useTranslation();
  const { corpus } = useCorpus();
  const { state, update } = useViewState();
  const host = useViewerHost();
  const narrow = useMediaQuery(PHONE_QUERY);
  // In a host page's element the pane covers the element's box, whatever the screen's width.
  const paneCoversPage = useMediaQuery(PANE_COVERS_PAGE_QUERY) || host.contained;
  const pageRoot = useRef<HTMLDivElement>(null);
  const focus = useReturnFocus(pageRoot);
  useDocumentLanguage(!host.contained);
  // An embed opened on an event shows it without taking focus (and scrolling) away from its host page.
  const openedByHost = useRef(host.contained && state.event !== null);

  // Sorted once: the filter keeps the order, so what it returns is in date order already.
  const filterEvents = useMemo(
    () => createEventFilter([...corpus.events].sort(compareEventsByDate), corpus.articles),
    [corpus],
  );
  const shown = useMemo(() => filterEvents(state.filters), [filterEvents, state.filters]);
  // The count and the filters follow a keystroke at once; the views of the events (timeline, list, the
  // lists beside them), which take longer to redraw, follow in a render React may interrupt (and skip,
  // when the next key comes first).
  const viewEvents = useDeferredValue(shown);
  const view = state.view ?? (narrow ? 'list' : 'timeline');
  // A link from an earlier corpus names the event by an id it has since lost: the alias leads to it.
  const openEvent = useMemo(() => {
    const id = state.event === null ? null : (corpus.aliases?.[state.event] ?? state.event);
    return corpus.events.find((event) => event.id === id) ?? null;
  }, [corpus, state.event]);
  useEffect(() => {
    if (openEvent && state.event !== null && openEvent.id !== state.event) {
      update({ event: openEvent.id }, 'replace');
    }
  }, [openEvent, state.event, update]);

  const open = useCallback(
    (eventId: string, opener: HTMLElement | null) => {
      openedByHost.current = false;
      focus.remember(opener);
      update({ event: eventId }, 'push');
    },
    [focus, update],
  );
  const close = useCallback(() => {
    const closing = state.event;
    openedByHost.current = false;
    update({ event: null }, 'push');
    focus.restore(closing);
  }, [focus, update, state.event]);
  const setFilters = useCallback(
    (filters: EventFilters, mode: HistoryMode = 'push') => update({ filters }, mode),
    [update],
  );
  const setView = useCallback((next: UrlState['view']) => update({ view: next }, 'push'), [update]);
  const setWindow = useCallback((window: UrlState['window']) => update({ window }, 'replace'), [update]);
  const showYear = useCallback((window: UrlState['window']) => update({ window }, 'push'), [update]);

  const empty = shown.length === 0 && corpus.events.length > 0;
  // Where the pane covers the page, what it covers must not take focus or reach screen readers.
  const covered = state.event !== null && paneCoversPage;
  return (
    <div
      ref={pageRoot}
      className="page"
      data-pane-open={state.event !== null}
      data-compact={host.compact}
      data-contained={host.contained}
    >
      <div className="page-top" inert={covered}>
        {!host.contained && (
          <a className="skip-link" href="#events">
            {t('app.skipToContent')}
          </a>
        )}
        <AppHeader
          compact={host.compact}
          view={view}
          onViewChange={setView}
          shownEvents={shown}
          totalCount={corpus.events.length}
        />
        <FilterPanel
          filters={state.filters}
          onChange={setFilters}
          filterEvents={filterEvents}
          initiallyOpen={!narrow && !host.compact}
        />
      </div>
      <div className="page-body">
        <main id="events" className="page-main" tabIndex={-1} inert={covered}>
          {view === 'timeline' && !empty && <YearStrip events={viewEvents} onPickYear={showYear} />}
          {empty ? (
            <div className="empty-state" role="status">
              <p>{t('filters.empty')}</p>
              <button type="button" onClick={() => setFilters(NO_FILTERS)}>
                {t('filters.clear')}
              </button>
            </div>
          ) : view === 'timeline' ? (
            <TimelineView
              events={viewEvents}
              openEventId={state.event}
              initialWindow={state.window}
              onOpen={open}
              onWindowChange={setWindow}
            />
          ) : (
            <EventList events={viewEvents} openEventId={state.event} onOpen={open} />
          )}
          <OutsideTimeline events={viewEvents} view={view} onOpen={open} />
        </main>
        {state.event !== null && (
          <ShownEventsContext.Provider value={shown}>
            <DetailPane event={openEvent} onClose={close} focusOnOpen={!openedByHost.current} />
          </ShownEventsContext.Provider>
        )}
      </div>
      <PrintList events={viewEvents} />
    </div>
  );
}

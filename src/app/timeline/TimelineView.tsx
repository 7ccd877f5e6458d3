import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { DiplomaticEvent } from '#schema';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { formatEventDateShort } from '../format/dateText.ts';
import { rowLabel } from '../format/rowLabel.ts';
import { REDUCED_MOTION_QUERY, useMediaQuery } from '../state/useMediaQuery.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import { axisFormat } from './axisFormat.ts';
import { TimelineControls } from './TimelineControls.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { buildTimelineData } from './timelineData.ts';
import { localeMoment } from './timelineMoment.ts';
import { fromIsoDay, initialWindow, ROW_LABELS_PX, toIsoDay } from './timelineWindow.ts';
import { useTimeline } from './useTimeline.ts';
import { useTimelineKeyboard } from './useTimelineKeyboard.ts';
import './TimelineView.css';
import { localText } from '../format/localText.ts';

export interface TimelineViewProps {
  /** The filtered events; undated ones are skipped here and listed beside the timeline. */
  events: readonly DiplomaticEvent[];
  openEventId: string | null;
  /**
   * The window from the view state, or null to open fitted to the data. Read at creation, and followed when
   * it changes to a window the timeline does not show (back/forward, an embed's `start`/`end` attributes).
   */
  initialWindow: { start: string; end: string } | null;
  onOpen: (eventId: string, opener: HTMLElement | null) => void;
  onWindowChange: (window: { start: string; end: string }) => void;
}

const STATIC_OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  groupOrder: 'order',
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: true,
  zoomMin: 86_400_000 * 3,
  zoomMax: 86_400_000 * 365 * 60,
  verticalScroll: true,
  maxHeight: '70vh',
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  tooltip: { followMouse: false, overflowMethod: 'flip', delay: 250 },
};

export function TimelineView({
  events,
  openEventId,
  initialWindow: urlWindow,
  onOpen,
  onWindowChange,
}: TimelineViewProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const animate = !useMediaQuery(REDUCED_MOTION_QUERY);
  const focusTarget = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);

  const { items, groups } = useMemo(() => buildTimelineData(events, lng, t), [events, lng, t]);
  const groupOrder = useMemo(() => groups.map((group) => group.id), [groups]);
  const options = useMemo<TimelineOptions>(
    () => ({
      ...STATIC_OPTIONS,
      format: axisFormat(lng),
      // vis-timeline's own words ("current time") come from its built-in locales; the date in that tooltip
      // from a moment bound to the UI language.
      locale: lng,
      moment: localeMoment(lng),
      // Overlapping items fold into a numbered cluster, so thousands of events stay readable.
      cluster: {
        maxItems: 3,
        titleTemplate: t('timeline.cluster', { n: '{count}' }),
        showStipes: true,
        fitOnDoubleClick: true,
      },
    }),
    [lng, t],
  );
  const canvasWidth = (element: HTMLElement) => element.clientWidth - ROW_LABELS_PX;

  const timeline = useTimeline(container, {
    items,
    groups,
    options,
    // Creation-only: later URL window changes come from the timeline itself.
    initialOptions: (element) => initialWindow(events, urlWindow, canvasWidth(element)),
    handlers: {
      onSelect(ids) {
        const item = items.find((candidate) => candidate.id === ids[0]);
        if (!item) return;
        keyboard.setActiveItem(item);
        onOpen(item.eventId, focusTarget.current);
      },
      onWindowChange(start, end, byUser) {
        if (byUser) onWindowChange({ start: toIsoDay(start), end: toIsoDay(end) });
      },
    },
  });
  const keyboard = useTimelineKeyboard(
    timeline,
    items,
    groupOrder,
    (item) => onOpen(item.eventId, focusTarget.current),
    animate,
  );

  useEffect(
    function showOpenEventAsSelection() {
      if (!openEventId) return;
      const ids = items.filter((item) => item.eventId === openEventId).map((item) => item.id);
      timeline.current?.setSelection(ids);
    },
    [timeline, items, openEventId],
  );

  const requestedStart = urlWindow?.start;
  const requestedEnd = urlWindow?.end;
  useEffect(
    function followRequestedWindow() {
      const instance = timeline.current;
      if (!instance || !requestedStart || !requestedEnd) return;
      const shown = instance.getWindow();
      // The timeline's own moves come back here as the days it reported: nothing to do for those.
      if (toIsoDay(shown.start) === requestedStart && toIsoDay(shown.end) === requestedEnd) return;
      instance.setWindow(fromIsoDay(requestedStart), fromIsoDay(requestedEnd), { animation: false });
    },
    [timeline, requestedStart, requestedEnd],
  );

  const active = keyboard.activeItem;
  const activeEvent = active && events.find((event) => event.id === active.eventId);
  return (
    <section className="timeline-view" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        {t('view.timeline')}
      </h2>
      <div className="timeline-toolbar">
        <TimelineLegend />
        <TimelineControls
          timeline={timeline}
          animate={animate}
          onFit={() => {
            // The same window the timeline opened on, for the events shown now and the width it has now.
            const element = container.current;
            if (!element) return;
            const { start, end } = initialWindow(events, null, canvasWidth(element));
            timeline.current?.setWindow(start, end, { animation: animate });
          }}
        />
      </div>
      <div
        ref={focusTarget}
        className="timeline-focus"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: one tab stop driven by arrow keys; vis-timeline has no keyboard support.
        tabIndex={0}
        aria-label={t('timeline.label')}
        aria-describedby="timeline-status"
        data-timeline-focus=""
        onKeyDown={keyboard.onKeyDown}
      >
        <div ref={container} className="timeline-canvas" />
      </div>
      <p className="timeline-hint" aria-hidden="true">
        {t('timeline.keysHint')}
      </p>
      <p id="timeline-status" className="visually-hidden" aria-live="polite">
        {active && activeEvent?.date
          ? t('timeline.selected', {
              title: localText(activeEvent.title, lng),
              date: formatEventDateShort(activeEvent.date, lng),
              country: rowLabel(active.group, lng, t),
            })
          : ''}
      </p>
    </section>
  );
}

import {
  memo,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { TimelineEvent } from '#schema';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useCorpus } from '../corpusContext.ts';
import { formatEventDateShort } from '../format/dateText.ts';
import { rowLabel } from '../format/rowLabel.ts';
import { REDUCED_MOTION_QUERY, useMediaQuery } from '../state/useMediaQuery.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import { axisFormat } from './axisFormat.ts';
import { itemsInView, longestSpan, placeEvents } from './itemsInView.ts';
import { TimelineControls } from './TimelineControls.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import {
  BuiltBars,
  buildTimelineGroups,
  buildTimelineItems,
  type TimelineGroupData,
} from './timelineData.ts';
import { localeMoment } from './timelineMoment.ts';
import { STATIC_TIMELINE_OPTIONS } from './timelineOptions.ts';
import { fromIsoDay, initialWindow, ROW_LABELS_PX, toIsoDay } from './timelineWindow.ts';
import { useFocusableRowLabels } from './useFocusableRowLabels.ts';
import { useTimeline } from './useTimeline.ts';
import { useTimelineKeyboard } from './useTimelineKeyboard.ts';
import './TimelineView.css';
import { localText } from '../format/localText.ts';

export interface TimelineViewProps {
  /** The filtered events; undated ones are skipped here and listed beside the timeline. */
  events: readonly TimelineEvent[];
  openEventId: string | null;
  /**
   * The window from the view state, or null to open fitted to the data. Read at creation, and followed when
   * it changes to a window the timeline does not show (back/forward, an embed's `start`/`end` attributes).
   */
  initialWindow: { start: string; end: string } | null;
  onOpen: (eventId: string, opener: HTMLElement | null) => void;
  onWindowChange: (window: { start: string; end: string }) => void;
}

/** The drawing area's width (without the row labels), in steps of 40 px so a resize settles on few values. */
function useCanvasWidth(container: RefObject<HTMLDivElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(
    function measureCanvas() {
      const element = container.current;
      if (!element) return undefined;
      const measure = () =>
        setWidth(Math.max(Math.round((element.clientWidth - ROW_LABELS_PX) / 40) * 40, 40));
      measure();
      const resizes = new ResizeObserver(measure);
      resizes.observe(element);
      return function stopMeasuring() {
        resizes.disconnect();
      };
    },
    [container],
  );
  return width;
}

// Memoised: it re-renders when its own props change, not on every keystroke in the search box.
export const TimelineView = memo(function TimelineView({
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

  const { corpus } = useCorpus();
  const canvasWidth = useCanvasWidth(container);
  const placements = useMemo(() => placeEvents(events), [events]);
  const longest = useMemo(() => longestSpan(placements), [placements]);
  // This timeline's own built rows and count bars: their DOM can be in one timeline only.
  const [built] = useState(() => ({ groups: new Map<string, TimelineGroupData>(), bars: new BuiltBars() }));
  const groups = useMemo(
    () => buildTimelineGroups(placements, lng, t, built.groups),
    [placements, lng, t, built],
  );
  const groupOrder = useMemo(() => groups.map((group) => group.id), [groups]);
  // Creation-only, once the container's width is known: later URL window changes come from the timeline.
  const [opening, setOpening] = useState<ReturnType<typeof initialWindow> | null>(null);
  if (opening === null && canvasWidth !== null)
    setOpening(initialWindow(events, urlWindow, canvasWidth, corpus.events));
  // The window the timeline shows, as it last reported it (the opening window until its first report).
  const [reported, setReported] = useState<{ start: Date; end: Date } | null>(null);
  const windowShown = reported ?? opening;
  const inView = useMemo(
    () =>
      windowShown && canvasWidth !== null ? itemsInView(placements, windowShown, canvasWidth, longest) : null,
    [placements, windowShown, canvasWidth, longest],
  );
  const items = useMemo(
    () => (inView ? buildTimelineItems(inView, built.bars, lng, t) : []),
    [inView, built, lng, t],
  );
  const drawn = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const isDrawn = useCallback((id: string) => drawn.has(id), [drawn]);
  const counting = inView?.mode === 'buckets';
  const options = useMemo<TimelineOptions>(
    () => ({
      ...STATIC_TIMELINE_OPTIONS,
      // Count bars tile their row, one calendar unit after the next: stacking takes two bars that touch
      // (within the items' horizontal margin) for overlapping ones and puts every other bar on a second line.
      stack: !counting,
      format: axisFormat(lng),
      // vis-timeline's own words ("current time") come from its built-in locales; the date in that tooltip
      // from a moment bound to the UI language.
      locale: lng,
      moment: localeMoment(lng),
    }),
    [lng, counting],
  );

  const timeline = useTimeline(container, {
    items,
    groups,
    options,
    initialOptions: opening,
    handlers: {
      onSelect(ids) {
        const item = drawn.get(ids[0] ?? '');
        if (item?.bucket) {
          // A count bar opens its stretch of time, where the events are drawn one by one.
          const pad = (item.bucket.end.getTime() - item.bucket.start.getTime()) * 0.05;
          timeline.current?.setSelection([]);
          timeline.current?.setWindow(
            new Date(item.bucket.start.getTime() - pad),
            new Date(item.bucket.end.getTime() + pad),
            { animation: animate },
          );
          return;
        }
        const placement = item && keyboard.placementById(item.id);
        if (!placement) return;
        keyboard.setActiveItem(placement);
        onOpen(placement.eventId, focusTarget.current);
      },
      onWindowChange(start, end) {
        setReported((previous) =>
          previous && previous.start.getTime() === start.getTime() && previous.end.getTime() === end.getTime()
            ? previous
            : { start, end },
        );
        // Every move, the app's own too (the opening fit, Today, a count bar's zoom): a link copied at any
        // moment reopens what was on screen.
        onWindowChange({ start: toIsoDay(start), end: toIsoDay(end) });
      },
    },
  });
  useFocusableRowLabels(container, timeline, t('timeline.rowLabels'), items);
  const keyboard = useTimelineKeyboard(
    timeline,
    placements,
    groupOrder,
    isDrawn,
    (item) => onOpen(item.eventId, focusTarget.current),
    animate,
  );

  const scrollToActive = useRef(false);
  useEffect(
    function showOpenEventAsSelection() {
      // Items come and go as the window moves: the open event and the key-selected one stay selected.
      const activeId = keyboard.activeItem?.id;
      if (!openEventId && !activeId) return;
      const ids = items
        .filter((item) => (openEventId && item.eventId === openEventId) || item.id === activeId)
        .map((item) => item.id);
      timeline.current?.setSelection(ids);
      // vis-timeline does not scroll its rows to a selection (its focus() cannot place an item it has not
      // drawn yet): bring the row of an event the keys moved to into view (a clicked one is in view already).
      const activeRow = keyboard.activeItem?.group;
      if (activeRow && scrollToActive.current && activeId && drawn.has(activeId)) {
        scrollToActive.current = false;
        // The row's label, in vis-timeline's scrolling label column: scrolling it into view scrolls the rows
        // with it (vis-timeline follows that column's scroll), and rows in view get their items drawn.
        // After vis-timeline's next redraw, which stacks the new items and so changes the rows' heights.
        const element = container.current;
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            element
              ?.querySelector(`.vis-label [data-row="${CSS.escape(activeRow)}"]`)
              ?.closest('.vis-label')
              ?.scrollIntoView({ block: 'center' }),
          ),
        );
      }
    },
    [timeline, items, drawn, openEventId, keyboard.activeItem],
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

  const showsDates = placements.length > 0;
  const showedDates = useRef(showsDates);
  useEffect(
    function fitWhenDatedEventsArrive() {
      const before = showedDates.current;
      showedDates.current = showsDates;
      // A timeline that opened on nothing dated (a filter that matched nothing, undone: the first render
      // after it still has the empty result) sits on today's window: when events come, show where they are.
      if (before || !showsDates || canvasWidth === null || timeline.current === null) return;
      const { start, end } = initialWindow(events, null, canvasWidth);
      timeline.current.setWindow(start, end, { animation: false });
    },
    [timeline, showsDates, events, canvasWidth],
  );

  const active = keyboard.activeItem;
  const activeEvent = active?.event;
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
            if (canvasWidth === null) return;
            const { start, end } = initialWindow(events, null, canvasWidth);
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
        onKeyDown={(event) => {
          scrollToActive.current = true;
          keyboard.onKeyDown(event);
        }}
      >
        <div ref={container} className="timeline-canvas" />
      </div>
      {inView?.mode === 'buckets' && (
        <p className="timeline-note" data-testid="timeline-buckets">
          {t(`timeline.buckets.${inView.unit}`)}
        </p>
      )}
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
});

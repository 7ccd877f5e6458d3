// biome-ignore assist/source/organizeImports: pageMomentSetAside must be evaluated before vis-timeline (see there).
import { visTimelineSeesNoPageMoment } from './pageMomentSetAside.ts';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import {
  type DataGroupCollectionType,
  type DataItemCollectionType,
  Timeline,
  type TimelineOptions,
} from 'vis-timeline/esnext';
import { drawAddedItemsInBatch } from './drawAddedItemsInBatch.ts';
import type { TimelineGroupData, TimelineItemData } from './timelineData.ts';

// Also what keeps the import above in the bundle (our modules are declared free of side effects).
if (!visTimelineSeesNoPageMoment) {
  console.warn("diplomacy-timeline: the page's window.moment cannot be set aside; the timeline may use it");
}

export interface TimelineHandlers {
  /** The reader clicked or tapped an item (ids of the selected items). */
  onSelect: (itemIds: string[]) => void;
  /** The visible window moved; `byUser` is false for moves the app made itself. */
  onWindowChange: (start: Date, end: Date, byUser: boolean) => void;
}

export interface UseTimelineProps {
  /** Updated through the DataSet (added, changed and removed items only): never re-creates the timeline. */
  items: TimelineItemData[];
  /** Updated through the DataSet, like items. */
  groups: TimelineGroupData[];
  /** Updated with `setOptions` when the object changes (the language): memoise it. */
  options: TimelineOptions;
  /**
   * Creation-only (initial window, min/max). The timeline is built on the first render that has them, so
   * a caller can wait for its container's width and for the items of that window.
   */
  initialOptions: TimelineOptions | null;

  /** Read through a ref, so new handler functions never re-wire the events. */
  handlers: TimelineHandlers;
}

/**
 * Brings a DataSet to `next` with the fewest changes: vis-timeline re-renders every entry it is given, so
 * a filter that hides a few of thousands of items must not re-send the thousands that stay. The builders
 * hand back the same object for an entry that did not change, so identity tells what changed.
 */
function syncDataSet<T extends { id: string }>(
  dataSet: DataSet<T, 'id'>,
  sent: Map<string, T>,
  next: readonly T[],
): void {
  const nextIds = new Set(next.map((entry) => entry.id));
  const stale = dataSet.getIds().filter((id) => !nextIds.has(String(id)));
  for (const id of stale) sent.delete(String(id));
  const changed = next.filter((entry) => sent.get(entry.id) !== entry);
  for (const entry of changed) sent.set(entry.id, entry);
  // Two calls, each one redraw: removing first keeps vis-timeline from stacking items that are about to go.
  if (stale.length > 0) dataSet.remove(stale);
  if (changed.length > 0) dataSet.update(changed as unknown as Parameters<typeof dataSet.update>[0]);
}

/**
 * Owns one vis-timeline instance, like react-leaflet's element hooks: created once in an effect (its
 * constructor builds DOM), destroyed in that effect's cleanup (so StrictMode's mount–unmount–mount ends
 * with exactly one timeline), fed through DataSets, its events wired in one place.
 */
export function useTimeline(
  container: RefObject<HTMLDivElement | null>,
  { items, groups, options, initialOptions, handlers }: UseTimelineProps,
): RefObject<Timeline | null> {
  const timeline = useRef<Timeline | null>(null);
  const [dataSets] = useState(() => ({
    items: new DataSet<TimelineItemData, 'id'>(),
    groups: new DataSet<TimelineGroupData, 'id'>(),
    sentItems: new Map<string, TimelineItemData>(),
    sentGroups: new Map<string, TimelineGroupData>(),
  }));
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const latest = useRef({ items, groups });
  latest.current = { items, groups };
  const creation = useRef({ initialOptions, options });
  creation.current = { initialOptions, options };
  const ready = initialOptions !== null;

  useEffect(
    function createTimeline() {
      const element = container.current;
      const opening = creation.current.initialOptions;
      if (!element || !ready || !opening) return undefined;
      // Rows first; items only once the timeline exists and draws added items in one batch: vis-timeline
      // builds and measures each item it is constructed with one by one (a forced layout per item),
      // which made opening a thousand events take seconds.
      syncDataSet(dataSets.groups, dataSets.sentGroups, latest.current.groups);
      const instance = new Timeline(
        element,
        dataSets.items as unknown as DataItemCollectionType,
        dataSets.groups as unknown as DataGroupCollectionType,
        { ...opening, ...creation.current.options },
      );
      drawAddedItemsInBatch(instance);
      syncDataSet(dataSets.items, dataSets.sentItems, latest.current.items);
      timeline.current = instance;
      instance.on('select', (props?: { items?: (string | number)[] }) =>
        handlersRef.current.onSelect((props?.items ?? []).map(String)),
      );
      let firstDrawn = false;
      instance.on('rangechanged', (props?: { start: Date; end: Date; byUser: boolean }) => {
        // vis-timeline stays `visibility: hidden` until a redraw comes after its first 'rangechanged' (200 ms
        // after the initial window is set). A window resize in those 200 ms (an iframe embed whose host sizes
        // the frame, a phone turning) spends the redraws early and leaves it hidden for good: ask for one.
        if (!firstDrawn) {
          firstDrawn = true;
          instance.redraw();
        }
        if (props) handlersRef.current.onWindowChange(props.start, props.end, props.byUser);
      });
      // vis-timeline polls its size once a second; a detail pane opening beside it should not leave
      // items drawn at the old width for that long.
      const resizes = new ResizeObserver(() => instance.redraw());
      resizes.observe(element);
      return function destroyTimeline() {
        resizes.disconnect();
        instance.destroy();
        timeline.current = null;
        // A timeline built again (StrictMode's second mount) must start empty, like the first.
        dataSets.items.clear();
        dataSets.sentItems.clear();
      };
    },
    [container, dataSets, ready],
  );

  useEffect(
    function updateGroups() {
      syncDataSet(dataSets.groups, dataSets.sentGroups, groups);
    },
    [dataSets, groups],
  );

  useEffect(
    function updateItems() {
      syncDataSet(dataSets.items, dataSets.sentItems, items);
    },
    [dataSets, items],
  );

  useEffect(
    function updateOptions() {
      timeline.current?.setOptions(options);
    },
    [options],
  );

  return timeline;
}

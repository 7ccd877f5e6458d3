import { type RefObject, useEffect, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import {
  type DataGroupCollectionType,
  type DataItemCollectionType,
  Timeline,
  type TimelineOptions,
} from 'vis-timeline/esnext';
import type { TimelineGroupData, TimelineItemData } from './timelineData.ts';

export interface TimelineHandlers {
  /** The reader clicked or tapped an item (ids of the selected items; clusters give none of ours). */
  onSelect: (itemIds: string[]) => void;
  /** The visible window moved; `byUser` is false for moves the app made itself. */
  onWindowChange: (start: Date, end: Date, byUser: boolean) => void;
}

export interface UseTimelineProps {
  /** Updated through the DataSet (added, changed and removed items only): never re-creates the timeline. */
  items: TimelineItemData[];
  /** Updated through the DataSet, like items. */
  groups: TimelineGroupData[];
  /** Updated with `setOptions` when the object changes (language, cluster title): memoise it. */
  options: TimelineOptions;
  /** Creation-only (initial window, min/max): read once when the timeline is built. */
  initialOptions: TimelineOptions;
  /** Read through a ref, so new handler functions never re-wire the events. */
  handlers: TimelineHandlers;
}

function syncDataSet<T extends { id: string }>(dataSet: DataSet<T, 'id'>, next: readonly T[]) {
  const nextIds = new Set(next.map((entry) => entry.id));
  const stale = dataSet.getIds().filter((id) => !nextIds.has(String(id)));
  // Two calls, each one redraw: removing first keeps vis-timeline from stacking items that are about to go.
  if (stale.length > 0) dataSet.remove(stale);
  dataSet.update(next as unknown as Parameters<typeof dataSet.update>[0]);
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
  }));
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const creationOptions = useRef({ ...initialOptions, ...options });

  useEffect(
    function createTimeline() {
      const element = container.current;
      if (!element) return undefined;
      const instance = new Timeline(
        element,
        dataSets.items as unknown as DataItemCollectionType,
        dataSets.groups as unknown as DataGroupCollectionType,
        creationOptions.current,
      );
      timeline.current = instance;
      instance.on('select', (props?: { items?: (string | number)[] }) =>
        handlersRef.current.onSelect((props?.items ?? []).map(String)),
      );
      instance.on('rangechanged', (props?: { start: Date; end: Date; byUser: boolean }) => {
        if (props) handlersRef.current.onWindowChange(props.start, props.end, props.byUser);
      });
      return function destroyTimeline() {
        instance.destroy();
        timeline.current = null;
      };
    },
    [container, dataSets],
  );

  useEffect(
    function updateGroups() {
      syncDataSet(dataSets.groups, groups);
    },
    [dataSets, groups],
  );

  useEffect(
    function updateItems() {
      syncDataSet(dataSets.items, items);
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

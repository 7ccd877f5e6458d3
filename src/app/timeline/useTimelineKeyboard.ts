import { type KeyboardEvent, type RefObject, useCallback, useMemo, useState } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import type { Placement } from './itemsInView.ts';

export interface TimelineKeyboard {
  /** The event (in one row) the arrow keys are on (not yet opened). */
  activeItem: Placement | null;
  setActiveItem: (item: Placement | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Any placement of the events shown, drawn or not, by item id. */
  placementById: (id: string) => Placement | undefined;
}

/** Around an event the keys move to while rows show counts: narrow enough for events to be drawn. */
const CLOSE_UP_MS = 45 * 86_400_000;

/**
 * vis-timeline has no keyboard support, so the timeline is one tab stop with these keys:
 * ←/→ previous/next event in time, ↑/↓ nearest event in the row above/below, Home/End first/last,
 * Enter or Space open the detail pane, +/− zoom. The active item is shown as vis-timeline's selection.
 * The keys walk every event shown by the filters, not only those drawn: moving to one outside the
 * window brings it into view (zoomed in, if the rows were showing counts).
 */
export function useTimelineKeyboard(
  timeline: RefObject<Timeline | null>,
  /** Sorted by start (`placeEvents`). */
  placements: readonly Placement[],
  groupOrder: readonly string[],
  isDrawn: (itemId: string) => boolean,
  onOpen: (item: Placement) => void,
  animate: boolean,
): TimelineKeyboard {
  const [activeId, setActiveId] = useState<string | null>(null);
  // Indexed once per data change, not on every key press (thousands of items).
  const { inTime, byRow, byId } = useMemo(() => {
    const rowIndex = new Map(groupOrder.map((group, index) => [group, index]));
    const row = (item: Placement) => rowIndex.get(item.group) ?? groupOrder.length;
    const byRow = new Map<string, Placement[]>();
    for (const item of placements) {
      const list = byRow.get(item.group);
      if (list) list.push(item);
      else byRow.set(item.group, [item]);
    }
    const inTime = [...placements].sort((a, b) => a.start.getTime() - b.start.getTime() || row(a) - row(b));
    return { inTime, byRow, byId: new Map(placements.map((item) => [item.id, item])) };
  }, [placements, groupOrder]);
  const activeItem = (activeId && byId.get(activeId)) || null;

  const setActiveItem = useCallback(
    (item: Placement | null) => {
      setActiveId(item?.id ?? null);
      const instance = timeline.current;
      if (!instance) return;
      instance.setSelection(item ? [item.id] : []);
      if (!item) return;
      const window = instance.getWindow();
      const end = item.end ?? item.start;
      const inWindow = item.start >= window.start && end <= window.end;
      if (inWindow && isDrawn(item.id)) return;
      if (isDrawn(item.id) || window.end.getTime() - window.start.getTime() <= 2 * CLOSE_UP_MS) {
        instance.moveTo(item.start, { animation: animate });
      } else {
        const middle = item.start.getTime();
        instance.setWindow(new Date(middle - CLOSE_UP_MS), new Date(middle + CLOSE_UP_MS), {
          animation: animate,
        });
      }
    },
    [timeline, animate, isDrawn],
  );

  function next(key: string): Placement | undefined {
    const index = activeItem ? inTime.findIndex((item) => item.id === activeItem.id) : -1;
    if (key === 'Home') return inTime[0];
    if (key === 'End') return inTime.at(-1);
    if (key === 'ArrowRight') return inTime[Math.min(index + 1, inTime.length - 1)];
    if (key === 'ArrowLeft') return index < 0 ? inTime.at(-1) : inTime[Math.max(index - 1, 0)];
    // Up/down: the item closest in time in the nearest row that has one.
    const from = activeItem ?? inTime[0];
    if (!from) return undefined;
    const step = key === 'ArrowDown' ? 1 : -1;
    const distance = (item: Placement) => Math.abs(item.start.getTime() - from.start.getTime());
    for (let row = groupOrder.indexOf(from.group) + step; row >= 0 && row < groupOrder.length; row += step) {
      let closest: Placement | undefined;
      for (const candidate of byRow.get(groupOrder[row] ?? '') ?? []) {
        if (!closest || distance(candidate) < distance(closest)) closest = candidate;
      }
      if (closest) return closest;
    }
    return from;
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const instance = timeline.current;
    if (!instance || event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) {
      const target = next(key);
      if (target) setActiveItem(target);
    } else if ((key === 'Enter' || key === ' ') && activeItem) {
      onOpen(activeItem);
    } else if (key === '+' || key === '=') {
      instance.zoomIn(0.5, { animation: animate });
    } else if (key === '-' || key === '_') {
      instance.zoomOut(0.5, { animation: animate });
    } else return;
    event.preventDefault();
  };

  const placementById = useCallback((id: string) => byId.get(id), [byId]);
  return { activeItem, setActiveItem, onKeyDown, placementById };
}

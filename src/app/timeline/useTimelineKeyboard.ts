import { type KeyboardEvent, type RefObject, useCallback, useMemo, useState } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import type { TimelineItemData } from './timelineData.ts';

export interface TimelineKeyboard {
  /** The item the arrow keys are on (not yet opened). */
  activeItem: TimelineItemData | null;
  setActiveItem: (item: TimelineItemData | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

const byTime = (a: TimelineItemData, b: TimelineItemData) => a.start.getTime() - b.start.getTime();

/**
 * vis-timeline has no keyboard support, so the timeline is one tab stop with these keys:
 * ←/→ previous/next event in time, ↑/↓ nearest event in the row above/below, Home/End first/last,
 * Enter or Space open the detail pane, +/− zoom. The active item is shown as vis-timeline's selection.
 */
export function useTimelineKeyboard(
  timeline: RefObject<Timeline | null>,
  items: readonly TimelineItemData[],
  groupOrder: readonly string[],
  onOpen: (item: TimelineItemData) => void,
  animate: boolean,
): TimelineKeyboard {
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeItem = items.find((item) => item.id === activeId) ?? null;
  // Sorted once per data change, not on every key press (thousands of items).
  const { inTime, byRow } = useMemo(() => {
    const rowIndex = new Map(groupOrder.map((group, index) => [group, index]));
    const row = (item: TimelineItemData) => rowIndex.get(item.group) ?? groupOrder.length;
    const byRow = new Map<string, TimelineItemData[]>();
    for (const item of items) {
      const list = byRow.get(item.group);
      if (list) list.push(item);
      else byRow.set(item.group, [item]);
    }
    return { inTime: [...items].sort((a, b) => byTime(a, b) || row(a) - row(b)), byRow };
  }, [items, groupOrder]);

  const setActiveItem = useCallback(
    (item: TimelineItemData | null) => {
      setActiveId(item?.id ?? null);
      const instance = timeline.current;
      if (!instance) return;
      instance.setSelection(item ? [item.id] : []);
      if (!item) return;
      const window = instance.getWindow();
      const end = item.end ?? item.start;
      if (item.start < window.start || end > window.end) instance.moveTo(item.start, { animation: animate });
    },
    [timeline, animate],
  );

  function next(key: string): TimelineItemData | undefined {
    const index = activeItem ? inTime.findIndex((item) => item.id === activeItem.id) : -1;
    if (key === 'Home') return inTime[0];
    if (key === 'End') return inTime.at(-1);
    if (key === 'ArrowRight') return inTime[Math.min(index + 1, inTime.length - 1)];
    if (key === 'ArrowLeft') return index < 0 ? inTime.at(-1) : inTime[Math.max(index - 1, 0)];
    // Up/down: the item closest in time in the nearest row that has one.
    const from = activeItem ?? inTime[0];
    if (!from) return undefined;
    const step = key === 'ArrowDown' ? 1 : -1;
    for (let row = groupOrder.indexOf(from.group) + step; row >= 0 && row < groupOrder.length; row += step) {
      const candidates = [...(byRow.get(groupOrder[row] ?? '') ?? [])];
      const closest = candidates.sort(
        (a, b) =>
          Math.abs(a.start.getTime() - from.start.getTime()) -
          Math.abs(b.start.getTime() - from.start.getTime()),
      )[0];
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

  return { activeItem, setActiveItem, onKeyDown };
}

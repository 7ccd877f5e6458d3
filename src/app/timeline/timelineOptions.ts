import type { TimelineOptions } from 'vis-timeline/esnext';

/**
 * The options the timeline is built with whatever the language and the data. Kept apart from React so
 * the bench's bare vis-timeline page draws with exactly the same ones.
 */
export const STATIC_TIMELINE_OPTIONS: TimelineOptions = {
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

// The bench's baseline: the same rows and items as the app, drawn by vis-timeline with the app's own
// timeline options and opening window, and nothing else (no React, no filters, no list, no i18n, no limit
// on the items it holds). ?data=FILE names the items; ?cluster=0 turns vis-timeline's clustering off.
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { STATIC_TIMELINE_OPTIONS } from '../../src/app/timeline/timelineOptions.ts';
import { openingWindow, ROW_LABELS_PX } from '../../src/app/timeline/timelineWindow.ts';

function localDay(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

function dayAfter(iso) {
  const day = localDay(iso);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
}

function textElement(text) {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}

async function showTimeline() {
  const params = new URLSearchParams(window.location.search);
  const source = params.get('data') ?? 'data.json';
  const data = await (await fetch(source)).json();
  const items = new DataSet(
    data.items.map((item) => ({
      ...item,
      start: localDay(item.start),
      ...(item.end ? { end: localDay(item.end) } : {}),
      content: textElement(item.content),
    })),
  );
  const groups = new DataSet(
    data.groups.map((group) => ({ id: group.id, order: group.order, content: textElement(group.content) })),
  );
  // The app's extent (dateExtent): the first start to the latest end, which is exclusive (the day after an
  // event's last day; a point's is the day after its start).
  const starts = data.items.map((item) => localDay(item.start).getTime());
  const ends = data.items.map((item) => (item.end ? localDay(item.end) : dayAfter(item.start)).getTime());
  const container = document.getElementById('timeline');
  const opening = openingWindow(
    { start: new Date(Math.min(...starts)), end: new Date(Math.max(...ends)) },
    null,
    container.clientWidth - ROW_LABELS_PX,
  );
  const timeline = new Timeline(container, items, groups, {
    ...STATIC_TIMELINE_OPTIONS,
    ...opening,
    // vis-timeline's own answer to many items, which the bare page uses unless ?cluster=0.
    cluster:
      params.get('cluster') === '0' ? false : { maxItems: 3, showStipes: true, fitOnDoubleClick: true },
  });
  window.benchTimeline = timeline;
}

showTimeline();

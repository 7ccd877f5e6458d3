// The bench's baseline: the same rows and items as the app, drawn by vis-timeline with the app's
// timeline options and nothing else (no React, no filters, no list, no i18n). ?data=FILE names the items.
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

function localDay(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
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
  const starts = data.items.map((item) => localDay(item.start).getTime());
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  const span = last - first;
  const timeline = new Timeline(document.getElementById('timeline'), items, groups, {
    orientation: { axis: 'top', item: 'top' },
    groupOrder: 'order',
    stack: params.get('stack') !== '0',
    selectable: true,
    multiselect: false,
    showCurrentTime: true,
    zoomMin: DAY_MS * 3,
    zoomMax: DAY_MS * 365 * 60,
    verticalScroll: true,
    maxHeight: '70vh',
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
    tooltip: { followMouse: false, overflowMethod: 'flip', delay: 250 },
    // ?cluster=0 and ?stack=0 measure what those options cost.
    cluster:
      params.get('cluster') === '0' ? false : { maxItems: 3, showStipes: true, fitOnDoubleClick: true },
    start: new Date(first - Math.max(span * 0.04, 15 * DAY_MS)),
    end: new Date(last + Math.max(span * 0.2, 60 * DAY_MS)),
    min: new Date(first - 5 * YEAR_MS),
    max: new Date(last + 5 * YEAR_MS),
  });
  window.benchTimeline = timeline;
}

showTimeline();

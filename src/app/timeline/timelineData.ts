import type { TFunction } from 'i18next';
import type { TimelineEvent, UiLanguage } from '#schema';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';
import { formatEventDateShort } from '../format/dateText.ts';
import { localText } from '../format/localText.ts';
import { rowLabel } from '../format/rowLabel.ts';
import { isApproximate, isImprecise, isUpcoming } from '../model/eventDates.ts';
import { NO_PARTNER_ROW } from '../model/partnerRows.ts';
import type { Bucket, BucketUnit, InView, Placement } from './itemsInView.ts';

/** One drawn item: an event in one partner's row, or a count of them. `content`/`title` are DOM built from text. */
export interface TimelineItemData {
  id: string;
  /** The event drawn; absent on a count bar. */
  eventId?: string;
  /** The stretch a count bar covers: clicking it zooms there. */
  bucket?: { start: Date; end: Date };
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  content: HTMLElement;
  title: HTMLElement;
  className: string;
}

export interface TimelineGroupData {
  id: string;
  content: HTMLElement;
  order: number;
}

function textElement(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  // textContent, never innerHTML: titles and names come from scraped articles.
  element.textContent = text;
  return element;
}

function itemClassName(event: TimelineEvent): string {
  const classes = [`type-${event.type}`];
  if (event.date && isImprecise(event.date)) classes.push('is-imprecise');
  if (event.date && isApproximate(event.date)) classes.push('is-approximate');
  if (isUpcoming(event)) classes.push('is-planned');
  return classes.join(' ');
}

function itemContent(event: TimelineEvent, lng: UiLanguage): HTMLElement {
  const content = textElement('span', 'tl-item', '');
  const glyph = textElement('span', 'tl-item-glyph', EVENT_TYPE_GLYPHS[event.type]);
  glyph.setAttribute('aria-hidden', 'true');
  content.append(glyph, textElement('span', 'tl-item-title', localText(event.title, lng)));
  return content;
}

function itemTitle(event: TimelineEvent, lng: UiLanguage, t: TFunction): HTMLElement {
  const title = textElement('span', 'tl-tooltip', '');
  const date = event.date ? formatEventDateShort(event.date, lng) : '';
  const kind = isUpcoming(event)
    ? `${t(`types.${event.type}`)}, ${t('timeline.planned')}`
    : t(`types.${event.type}`);
  title.append(
    textElement('strong', '', localText(event.title, lng)),
    textElement('span', '', `${date} · ${kind}`),
  );
  return title;
}

// Items already built for an event (per language and row): panning back, or a filter change, reuses them
// instead of building DOM nodes again, and the timeline sees the same objects and skips them. Keyed
// weakly by the corpus's own event objects, so it holds nothing the corpus does not.
const builtItems = new WeakMap<TimelineEvent, Map<string, TimelineItemData>>();

function eventItem(placement: Placement, lng: UiLanguage, t: TFunction): TimelineItemData {
  const { event } = placement;
  let built = builtItems.get(event);
  if (!built) {
    built = new Map();
    builtItems.set(event, built);
  }
  const key = `${lng}|${placement.group}`;
  let item = built.get(key);
  if (!item) {
    item = {
      id: placement.id,
      eventId: placement.eventId,
      group: placement.group,
      start: placement.start,
      ...(placement.end ? { end: placement.end } : {}),
      // A one-day event is a dot with its label beside it: a box would centre the label on the date.
      type: placement.end ? 'range' : 'point',
      content: itemContent(event, lng),
      title: itemTitle(event, lng, t),
      className: itemClassName(event),
    };
    built.set(key, item);
  }
  return item;
}

const PERIOD_FORMATS: Record<BucketUnit, Intl.DateTimeFormatOptions> = {
  week: { year: 'numeric', month: 'short', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  quarter: { year: 'numeric', month: 'short' },
  year: { year: 'numeric' },
  decade: { year: 'numeric' },
};
const periodFormats = new Map<string, Intl.DateTimeFormat>();

/** "3–9 Mar 2025", "March 2025", "Jan – Mar 2025", "2025", "2020 – 2029". */
function periodText(bucket: Bucket, lng: UiLanguage): string {
  const key = `${lng}|${bucket.unit}`;
  let format = periodFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lng, PERIOD_FORMATS[bucket.unit]);
    periodFormats.set(key, format);
  }
  const last = new Date(bucket.end.getTime() - 86_400_000);
  return bucket.unit === 'month' || bucket.unit === 'year'
    ? format.format(bucket.start)
    : format.formatRange(bucket.start, last);
}

/** Bars shade by how many events they hold (1, 2–4, 5–19, 20+), so dense stretches stand out. */
function density(count: number): number {
  return count >= 20 ? 4 : count >= 5 ? 3 : count >= 2 ? 2 : 1;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lng: UiLanguage): Intl.NumberFormat {
  let format = numberFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(lng);
    numberFormats.set(lng, format);
  }
  return format;
}

/** Writes a bar's count, shade and tooltip into its own elements. */
function showCount(content: HTMLElement, title: HTMLElement, bucket: Bucket, lng: UiLanguage, t: TFunction) {
  content.textContent = numberFormat(lng).format(bucket.count);
  content.className = `tl-bucket density-${density(bucket.count)}`;
  title.textContent = t('timeline.bucket', { count: bucket.count, period: periodText(bucket, lng) });
}

interface BuiltBar {
  item: TimelineItemData;
  count: number;
}

/**
 * Count bars already built for one timeline, by bar and language (each timeline owns one: a bar's DOM
 * can be in one timeline only, and two embeds on a page may show the same row and period). A pan or a
 * zoom back hands vis-timeline the same objects, which it skips; a filter that only changes counts
 * rewrites the numbers in the bars' own elements instead of replacing hundreds of items (vis-timeline
 * lays each replaced item out again). Emptied when it grows large.
 */
export class BuiltBars {
  private readonly bars = new Map<string, BuiltBar>();

  item(bucket: Bucket, lng: UiLanguage, t: TFunction): TimelineItemData {
    const key = `${lng}|${bucket.id}`;
    const built = this.bars.get(key);
    if (built) {
      if (built.count !== bucket.count) {
        showCount(built.item.content, built.item.title, bucket, lng, t);
        built.count = bucket.count;
      }
      return built.item;
    }
    if (this.bars.size >= BUILT_BARS_LIMIT) this.bars.clear();
    const content = textElement('span', '', '');
    const title = textElement('span', 'tl-tooltip', '');
    showCount(content, title, bucket, lng, t);
    const item: TimelineItemData = {
      id: bucket.id,
      bucket: { start: bucket.start, end: bucket.end },
      group: bucket.group,
      start: bucket.start,
      end: bucket.end,
      type: 'range',
      content,
      title,
      className: 'tl-bucket-item',
    };
    this.bars.set(key, { item, count: bucket.count });
    return item;
  }
}
const BUILT_BARS_LIMIT = 20_000;

/** The items for what is in view: events, or count bars when too many events are. */
export function buildTimelineItems(
  inView: InView,
  bars: BuiltBars,
  lng: UiLanguage,
  t: TFunction,
): TimelineItemData[] {
  return inView.mode === 'events'
    ? inView.placements.map((placement) => eventItem(placement, lng, t))
    : inView.buckets.map((bucket) => bars.item(bucket, lng, t));
}

/** The rows that have events, sorted by country name in the UI language; "no partner named" last. */
export function buildTimelineGroups(
  placements: readonly Placement[],
  lng: UiLanguage,
  t: TFunction,
  /** Rows built before for this timeline, reused when language and position are the same. */
  built: Map<string, TimelineGroupData>,
): TimelineGroupData[] {
  const rows = new Set(placements.map((placement) => placement.group));
  const collator = new Intl.Collator(lng);
  const sortedRows = [...rows].sort((a, b) =>
    a === NO_PARTNER_ROW
      ? 1
      : b === NO_PARTNER_ROW
        ? -1
        : collator.compare(rowLabel(a, lng, t), rowLabel(b, lng, t)),
  );
  return sortedRows.map((row, order) => {
    const key = `${lng}|${row}|${order}`;
    let group = built.get(key);
    if (!group) {
      const content = textElement('span', 'tl-row', '');
      content.append(textElement('span', 'tl-row-name', rowLabel(row, lng, t)));
      if (row !== NO_PARTNER_ROW) content.append(textElement('span', 'tl-row-code', row));
      content.dataset.row = row;
      group = { id: row, content, order };
      built.set(key, group);
    }
    return group;
  });
}

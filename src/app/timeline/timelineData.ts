import type { TFunction } from 'i18next';
import type { DiplomaticEvent, UiLanguage } from '#schema';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';
import { formatEventDateShort } from '../format/dateText.ts';
import { localText } from '../format/localText.ts';
import { rowLabel } from '../format/rowLabel.ts';
import { dateSpan, isApproximate, isImprecise, isMultiDay } from '../model/eventDates.ts';
import { itemId, NO_PARTNER_ROW, partnerRows } from '../model/partnerRows.ts';

/** One drawn item: an event in one partner's row. `content`/`title` are DOM nodes built from text. */
export interface TimelineItemData {
  id: string;
  eventId: string;
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

function itemClassName(event: DiplomaticEvent): string {
  const classes = [`type-${event.type}`];
  if (event.date && isImprecise(event.date)) classes.push('is-imprecise');
  if (event.date && isApproximate(event.date)) classes.push('is-approximate');
  if (event.planned) classes.push('is-planned');
  return classes.join(' ');
}

function itemContent(event: DiplomaticEvent, lng: UiLanguage): HTMLElement {
  const content = textElement('span', 'tl-item', '');
  const glyph = textElement('span', 'tl-item-glyph', EVENT_TYPE_GLYPHS[event.type]);
  glyph.setAttribute('aria-hidden', 'true');
  content.append(glyph, textElement('span', 'tl-item-title', localText(event.title, lng)));
  return content;
}

function itemTitle(event: DiplomaticEvent, lng: UiLanguage, t: TFunction): HTMLElement {
  const title = textElement('span', 'tl-tooltip', '');
  const date = event.date ? formatEventDateShort(event.date, lng) : '';
  const kind = event.planned
    ? `${t(`types.${event.type}`)}, ${t('timeline.planned')}`
    : t(`types.${event.type}`);
  title.append(
    textElement('strong', '', localText(event.title, lng)),
    textElement('span', '', `${date} · ${kind}`),
  );
  return title;
}

/**
 * vis-timeline draws in local time; event dates are calendar days, so the UTC day becomes the same local
 * day (otherwise a reader west of Greenwich would see every event on the previous day).
 */
function localDay(utc: Date): Date {
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

// Items already built for an event (per language and row): a filter change then reuses them instead of
// building thousands of DOM nodes again, and the timeline sees the same objects and skips them. Keyed
// weakly by the corpus's own event objects, so it holds nothing the corpus does not.
const builtItems = new WeakMap<DiplomaticEvent, Map<string, TimelineItemData>>();

/** Dated events → one item per partner row, and the rows that have items, sorted by country name. */
export function buildTimelineData(events: readonly DiplomaticEvent[], lng: UiLanguage, t: TFunction) {
  const items: TimelineItemData[] = [];
  const rows = new Set<string>();
  for (const event of events) {
    if (!event.date) continue;
    const span = dateSpan(event.date);
    const range = isMultiDay(span);
    for (const row of partnerRows(event)) {
      rows.add(row);
      const key = `${lng}|${row}`;
      const built = builtItems.get(event) ?? new Map<string, TimelineItemData>();
      builtItems.set(event, built);
      let item = built.get(key);
      if (!item) {
        item = {
          id: itemId(event.id, row),
          eventId: event.id,
          group: row,
          start: localDay(span.start),
          ...(range ? { end: localDay(span.end) } : {}),
          // A one-day event is a dot with its label beside it: a box would centre the label on the date.
          type: range ? 'range' : 'point',
          content: itemContent(event, lng),
          title: itemTitle(event, lng, t),
          className: itemClassName(event),
        };
        built.set(key, item);
      }
      items.push(item);
    }
  }
  const collator = new Intl.Collator(lng);
  const sortedRows = [...rows].sort((a, b) =>
    a === NO_PARTNER_ROW
      ? 1
      : b === NO_PARTNER_ROW
        ? -1
        : collator.compare(rowLabel(a, lng, t), rowLabel(b, lng, t)),
  );
  const groups: TimelineGroupData[] = sortedRows.map((row, order) => {
    const content = textElement('span', 'tl-row', '');
    content.append(textElement('span', 'tl-row-name', rowLabel(row, lng, t)));
    if (row !== NO_PARTNER_ROW) content.append(textElement('span', 'tl-row-code', row));
    content.dataset.row = row;
    return { id: row, content, order };
  });
  return { items, groups };
}

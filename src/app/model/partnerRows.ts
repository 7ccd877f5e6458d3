import { HOME_COUNTRY, type TimelineEvent } from '#schema';

/** Row id for events whose only country is Kazakhstan (the partner was not recognised). */
export const NO_PARTNER_ROW = 'none';

/**
 * Whether the home country (`HOME_COUNTRY` in the schema's vocabulary: the one place it is set) is a party.
 * A report may be about two other states (a Qatar–Tajikistan visit read from a Kazakh outlet); such an
 * event belongs to no partner row, since a row answers "what happened between Kazakhstan and this country".
 */
export function involvesHomeCountry(event: TimelineEvent): boolean {
  return event.countries.includes(HOME_COUNTRY);
}

/**
 * The rows an event is drawn in: one per partner country; none when the home country is not a party
 * (the viewer lists those events apart, with that reason).
 *
 * An event with several partners (a summit, a trilateral meeting) is drawn in EACH of their rows rather
 * than in one "multilateral" row: a row answers "what happened between Kazakhstan and this country", and
 * a summit is part of that story for every participant. A separate row would hide it from the country
 * filter's natural reading and from anyone scanning one partner's row. The copies share the event id,
 * so selecting one highlights all of them and the detail pane is the same.
 */
export function partnerRows(event: TimelineEvent): readonly string[] {
  let rows = rowsByEvent.get(event);
  if (!rows) {
    const partners = [...new Set(event.countries.filter((code) => code !== HOME_COUNTRY))];
    rows = !involvesHomeCountry(event) ? [] : partners.length > 0 ? partners : [NO_PARTNER_ROW];
    rowsByEvent.set(event, rows);
  }
  return rows;
}

// Counting rows for the country filter on every keystroke asks again for the same events' rows.
const rowsByEvent = new WeakMap<TimelineEvent, readonly string[]>();

/** Id of the timeline item that draws `eventId` in `row`. */
export function itemId(eventId: string, row: string): string {
  return `${eventId}@${row}`;
}

import type { EventType } from '#schema';

/**
 * A shape per event type, so types differ by more than colour (WCAG 1.4.1) and survive greyscale printing.
 * Plain text glyphs from fonts every system has (DejaVu covers them on Linux), not emoji.
 */
export const EVENT_TYPE_GLYPHS: Record<EventType, string> = {
  visit: '▲',
  talks: '◆',
  meeting: '●',
  phone_call: '☎',
  summit: '★',
  agreement_signing: '✎',
};

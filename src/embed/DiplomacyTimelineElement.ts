import { optionsFromAttributes } from './embedOptions.ts';
import { mountTimeline } from './mountTimeline.tsx';
import type { TimelineHandle } from './public-api.d.ts';

const ATTRIBUTES = ['src', 'lang', 'event', 'start', 'end', 'height', 'compact'] as const;

/**
 * `<diplomacy-timeline>`: mounts a timeline (through the same `mountTimeline` hosts call) when it enters the
 * document and destroys it when it leaves; attribute changes go to the mounted timeline.
 */
export class DiplomacyTimelineElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = ATTRIBUTES;
  #timeline: TimelineHandle | null = null;

  get timeline(): TimelineHandle | null {
    return this.#timeline;
  }

  connectedCallback(): void {
    if (this.#timeline) return;
    this.#timeline = mountTimeline(this, {
      ...optionsFromAttributes(this),
      onSelect: (eventId) =>
        this.dispatchEvent(
          new CustomEvent('diplomacy-timeline:select', {
            detail: { eventId },
            bubbles: true,
            composed: true,
          }),
        ),
    });
  }

  disconnectedCallback(): void {
    this.#timeline?.destroy();
    this.#timeline = null;
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (!this.#timeline || oldValue === newValue) return;
    const options = optionsFromAttributes(this);
    const key = name as (typeof ATTRIBUTES)[number];
    this.#timeline.update({ [key]: options[key] });
  }
}

/**
 * The embed's public API, published beside the script as `embed/diplomacy-timeline.d.ts` (vite.config.ts
 * copies this file). It is hand-written so hosts get short, self-contained types; `diplomacy-timeline.ts`
 * types its exports with these declarations, so `tsc -b` fails when the code and this file disagree.
 */

/** The languages the timeline's interface speaks. */
export type TimelineLanguage = 'en' | 'ru';

export interface MountTimelineOptions {
  /**
   * URL of a corpus index (the `corpus/index.json` the build emits, or any file in that format); relative
   * URLs resolve against the host page. Article `textUrl`s resolve against it. Default: the corpus built
   * beside the script (`../corpus/index.json`).
   */
  src?: string | undefined;
  /** Interface language; default: the reader's last choice in an embed, else the browser's language. */
  lang?: TimelineLanguage | undefined;
  /** Id of the event whose detail pane opens first (`ev-…`). */
  event?: string | null | undefined;
  /** First day of the initial window, `YYYY-MM-DD` (with `end`); default: fitted to the data. */
  start?: string | null | undefined;
  /** Last day of the initial window, `YYYY-MM-DD` (with `start`). */
  end?: string | null | undefined;
  /** Height of the box: a number of pixels or a CSS length (`"60vh"`); default: as tall as the content. */
  height?: number | string | null | undefined;
  /** The compact layout: no title or export menu, filters folded. */
  compact?: boolean | undefined;
  /** Called with the id of the event the reader opened, or null when the detail pane closes. */
  onSelect?: ((eventId: string | null) => void) | undefined;
}

/** The events a mounted timeline reports. */
export interface TimelineEventMap {
  select: string | null;
}

export interface TimelineHandle {
  /** Switches the interface language in place. */
  setLanguage(lng: TimelineLanguage): void;
  /** Opens an event's detail pane, or closes the pane with null. */
  selectEvent(eventId: string | null): void;
  /** Changes any option after mounting (a new `src` reloads the data; `lang`/`event` as the methods above). */
  update(options: MountTimelineOptions): void;
  on<K extends keyof TimelineEventMap>(type: K, listener: (value: TimelineEventMap[K]) => void): void;
  off<K extends keyof TimelineEventMap>(type: K, listener: (value: TimelineEventMap[K]) => void): void;
  /** Unmounts the timeline and empties the element's shadow root. */
  destroy(): void;
}

/**
 * Renders a timeline into `element`'s shadow root (attached if the element has none), isolated from the
 * page's CSS. Each call has its own React root, language and view state; nothing is written to the page's
 * URL, history, title or `<html lang>`.
 */
export declare function mountTimeline(element: HTMLElement, options?: MountTimelineOptions): TimelineHandle;

/**
 * `<diplomacy-timeline src lang event start end height compact>`: the element form of `mountTimeline`.
 * Attribute changes update the view; it dispatches `diplomacy-timeline:select` (detail `{ eventId }`).
 */
export declare class DiplomacyTimelineElement extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  /** The mounted timeline while the element is in the document. */
  readonly timeline: TimelineHandle | null;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
}

/** The tag name the script registers. */
export declare const TAG_NAME = 'diplomacy-timeline';

declare global {
  interface HTMLElementTagNameMap {
    'diplomacy-timeline': DiplomacyTimelineElement;
  }
  interface HTMLElementEventMap {
    'diplomacy-timeline:select': CustomEvent<{ eventId: string | null }>;
  }
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryViewState } from '../app/state/memoryViewState.ts';
import { createI18n, EMBED_LANGUAGE_STORAGE_KEY } from '../i18n/createI18n.ts';
import { EmbeddedTimeline } from './EmbeddedTimeline.tsx';
import { appUrlBeside, heightOption, languageOption, sourceUrl, windowOption } from './embedOptions.ts';
import type { MountTimelineOptions, TimelineEventMap, TimelineHandle } from './public-api.d.ts';
import { createEmbedStyleSheet } from './shadowStyles.ts';

/**
 * Renders a timeline into `element`'s shadow root. Everything it keeps (React root, i18next instance, view
 * state, listeners) belongs to this call, so any number of timelines run side by side on one page.
 */
export function mountTimeline(element: HTMLElement, options: MountTimelineOptions = {}): TimelineHandle {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [createEmbedStyleSheet()];
  const box = document.createElement('div');
  box.className = 'embed-root';
  // Left to right whatever the page's `dir`: `:dir()` and form controls follow the attribute, not CSS.
  box.dir = 'ltr';
  shadow.replaceChildren(box);

  let current: MountTimelineOptions = { ...options };
  const i18n = createI18n({
    lng: languageOption(options.lang),
    storageKey: EMBED_LANGUAGE_STORAGE_KEY,
    readUrl: false,
  });
  const viewState = createMemoryViewState({
    event: options.event ?? null,
    window: windowOption(options.start, options.end),
  });
  const selectListeners = new Set<(eventId: string | null) => void>();
  let selected = viewState.get().event;
  const stopWatching = viewState.subscribe(function reportSelection() {
    const next = viewState.get().event;
    if (next === selected) return;
    selected = next;
    current.onSelect?.(next);
    for (const listener of [...selectListeners]) listener(next);
  });

  const root = createRoot(box);
  function render() {
    const height = heightOption(current.height);
    if (height) box.style.setProperty('--dt-height', height);
    else box.style.removeProperty('--dt-height');
    root.render(
      <StrictMode>
        <EmbeddedTimeline
          src={sourceUrl(current, import.meta.url)}
          compact={current.compact ?? false}
          i18n={i18n}
          viewState={viewState}
          appUrl={appUrlBeside(import.meta.url)}
        />
      </StrictMode>,
    );
  }
  render();

  let destroyed = false;
  const handle: TimelineHandle = {
    setLanguage(lng) {
      const language = languageOption(lng);
      if (language) void i18n.changeLanguage(language);
    },
    selectEvent(eventId) {
      viewState.update({ event: eventId });
    },
    update(patch) {
      if (destroyed) return;
      const previous = current;
      current = { ...current, ...patch };
      if ('lang' in patch && patch.lang && patch.lang !== previous.lang) handle.setLanguage(patch.lang);
      if ('event' in patch && patch.event !== previous.event)
        viewState.update({ event: patch.event ?? null });
      if (
        ('start' in patch || 'end' in patch) &&
        (current.start !== previous.start || current.end !== previous.end)
      ) {
        viewState.update({ window: windowOption(current.start, current.end) });
      }
      render();
    },
    on<K extends keyof TimelineEventMap>(type: K, listener: (value: TimelineEventMap[K]) => void) {
      if (type === 'select') selectListeners.add(listener);
    },
    off<K extends keyof TimelineEventMap>(type: K, listener: (value: TimelineEventMap[K]) => void) {
      if (type === 'select') selectListeners.delete(listener);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopWatching();
      selectListeners.clear();
      root.unmount();
      shadow.replaceChildren();
      shadow.adoptedStyleSheets = [];
    },
  };
  return handle;
}

import { UI_LANGUAGES, type UiLanguage } from '#schema';
import type { UrlState } from '../app/model/urlState.ts';
import type { MountTimelineOptions } from './public-api.d.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `start`/`end` as the view state's window: both valid days in order, else null (fitted to the data). */
export function windowOption(
  start: string | null | undefined,
  end: string | null | undefined,
): UrlState['window'] {
  return start && end && ISO_DAY.test(start) && ISO_DAY.test(end) && start < end ? { start, end } : null;
}

/** `height` as a CSS length: a bare number is pixels; anything else is taken as written, or none. */
export function heightOption(height: number | string | null | undefined): string | null {
  if (height === null || height === undefined || height === '') return null;
  if (typeof height === 'number') return Number.isFinite(height) && height > 0 ? `${height}px` : null;
  const trimmed = height.trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? `${trimmed}px` : trimmed;
}

export function languageOption(lang: string | null | undefined): UiLanguage | undefined {
  const base = lang?.toLowerCase().split('-')[0];
  return UI_LANGUAGES.find((lng) => lng === base);
}

/** The corpus built beside the script (`dist/corpus/index.json` beside `dist/embed/…js`). */
export function defaultSource(scriptUrl: string): string {
  return new URL('../corpus/index.json', scriptUrl).href;
}

/** The standalone app published beside the script (`dist/index.html`): where share links point. */
export function appUrlBeside(scriptUrl: string): string {
  return new URL('../index.html', scriptUrl).href;
}

/** `src` made absolute: relative URLs resolve against the host page, like an `<img src>`. */
export function sourceUrl(options: MountTimelineOptions, scriptUrl: string): string {
  return options.src ? new URL(options.src, document.baseURI).href : defaultSource(scriptUrl);
}

/** The element's attributes as mount options (the same names; `compact` is a boolean attribute). */
export function optionsFromAttributes(element: Element): MountTimelineOptions {
  return {
    src: element.getAttribute('src') ?? undefined,
    lang: languageOption(element.getAttribute('lang')),
    event: element.getAttribute('event'),
    start: element.getAttribute('start'),
    end: element.getAttribute('end'),
    height: element.getAttribute('height'),
    compact: element.hasAttribute('compact') && element.getAttribute('compact') !== 'false',
  };
}

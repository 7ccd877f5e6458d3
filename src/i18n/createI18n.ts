import i18next, { type i18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { UI_LANGUAGES, type UiLanguage } from '#schema';
import en from './en.json';
import ru from './ru.json';

/** Our own storage key, so an embedding page's i18next language setting is never overwritten. */
export const LANGUAGE_STORAGE_KEY = 'diplomacy-timeline.lng';
/** The embeds' key: a reader's choice inside an embed on a news site must not change the app's own language. */
export const EMBED_LANGUAGE_STORAGE_KEY = 'diplomacy-timeline.embed.lng';

export const resources = { en: { translation: en }, ru: { translation: ru } } as const;

export interface CreateI18nOptions {
  /** Called with `lng:key` for every key a translation lacks (the browser tests record them with `?debugI18n=1`). */
  onMissingKey?: (key: string) => void;
  /** The language to start in, skipping detection (an embed's `lang` attribute). */
  lng?: UiLanguage | undefined;
  /** Where the reader's choice is kept (default `LANGUAGE_STORAGE_KEY`). */
  storageKey?: string | undefined;
  /** Whether `?lng=` in the page URL is read; an embed must not follow its host page's parameters. */
  readUrl?: boolean | undefined;
}

/**
 * Creates a private i18next instance. Nothing happens at import time: the app (or an embed) calls this once
 * and passes the instance down with `I18nextProvider`, so two timelines on one page cannot fight over a global.
 */
export function createI18n(options: CreateI18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  const { onMissingKey, lng, storageKey = LANGUAGE_STORAGE_KEY, readUrl = true } = options;
  instance.use(LanguageDetector).init({
    resources,
    ...(lng ? { lng } : {}),
    supportedLngs: [...UI_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    // Resources are bundled, so initialising synchronously lets the first render already be in the right language.
    initAsync: false,
    // React escapes text it renders; escaping here too would show "&amp;" in titles.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: (lngs, _ns, key) => onMissingKey?.(`${lngs.join(',')}:${key}`),
    detection: {
      order: readUrl ? ['querystring', 'localStorage', 'navigator'] : ['localStorage', 'navigator'],
      lookupQuerystring: 'lng',
      lookupLocalStorage: storageKey,
      caches: ['localStorage'],
      convertDetectedLanguage: readerLanguage,
    },
  });
  return instance;
}

/**
 * Languages whose readers are far likelier to read Russian than English (Kazakh above all: the corpus is
 * Kazakhstan's diplomacy); without this a `kk-KZ` browser would get the English fallback.
 */
const READ_AS_RUSSIAN = new Set(['kk', 'ky', 'be', 'tt', 'tg']);

/** A detected language code as the one to look up: `kk-KZ` → `ru`, anything else unchanged. */
export function readerLanguage(code: string): string {
  return READ_AS_RUSSIAN.has(code.toLowerCase().split(/[-_]/)[0] ?? '') ? 'ru' : code;
}

/** The UI language an i18next code stands for (`ru-RU` → `ru`), `en` when it is none of ours. */
export function uiLanguage(code: string | undefined): UiLanguage {
  const base = code?.split('-')[0];
  return UI_LANGUAGES.find((lng) => lng === base) ?? 'en';
}

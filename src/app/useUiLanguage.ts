import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#schema';
import { uiLanguage } from '../i18n/createI18n.ts';

/** The current UI language as one of ours, for picking `title.en`/`title.ru` and for `Intl` formatters. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return uiLanguage(i18n.resolvedLanguage ?? i18n.language);
}

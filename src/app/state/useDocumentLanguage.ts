import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../useUiLanguage.ts';

/**
 * Keeps `<html lang>` and the window title in the UI language, so screen readers pronounce it right. Off in
 * an element embedded in another page: that page's language and title are its own.
 */
export function useDocumentLanguage(enabled: boolean): void {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  useEffect(
    function applyDocumentLanguage() {
      if (!enabled) return;
      document.documentElement.lang = lng;
      document.title = t('app.title');
    },
    [enabled, lng, t],
  );
}

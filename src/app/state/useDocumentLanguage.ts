import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../useUiLanguage.ts';

/** Keeps `<html lang>` and the window title in the UI language, so screen readers pronounce it right. */
export function useDocumentLanguage(): void {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  useEffect(
    function applyDocumentLanguage() {
      document.documentElement.lang = lng;
      document.title = t('app.title');
    },
    [lng, t],
  );
}

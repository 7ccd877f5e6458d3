import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '#schema';
import { useUiLanguage } from '../useUiLanguage.ts';

/**
 * Switches language in place (no reload). Each option is written in its own language and tagged with
 * `lang`, so a reader who cannot read the current UI still finds theirs.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = useUiLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {UI_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={current === lng}
          onClick={() => void i18n.changeLanguage(lng)}
          data-lng={lng}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </fieldset>
  );
}

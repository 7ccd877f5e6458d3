import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../useUiLanguage.ts';
import { EXTRACTION_SCORES } from './extractionScores.ts';
import './AboutData.css';

/** A header button opening a note on where the events come from and how far to trust them. */
export function AboutData() {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const percent = useMemo(() => new Intl.NumberFormat(lng, { style: 'percent' }), [lng]);
  return (
    <>
      <button type="button" className="about-open" onClick={() => dialog.current?.showModal()}>
        {t('about.open')}
      </button>
      {/* Modal: Esc closes it and the browser returns focus to the button. */}
      <dialog ref={dialog} className="about-dialog" aria-labelledby="about-title" data-testid="about-data">
        <h2 id="about-title">{t('about.title')}</h2>
        <p>{t('about.extraction')}</p>
        <p>{t('about.titles')}</p>
        <p data-testid="about-reliability">
          {t('about.reliability', {
            articles: EXTRACTION_SCORES.articles,
            date: percent.format(EXTRACTION_SCORES.date),
            countries: percent.format(EXTRACTION_SCORES.countries),
            participants: percent.format(EXTRACTION_SCORES.participants),
          })}
        </p>
        <p>{t('about.check')}</p>
        <form method="dialog">
          <button type="submit">{t('about.close')}</button>
        </form>
      </dialog>
    </>
  );
}

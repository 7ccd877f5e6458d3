import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '#schema';
import { evidenceSegments } from '../model/evidenceSegments.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import { useArticleText } from './useArticleText.ts';

/**
 * The article's own text, loaded when the reader asks, in its own language, with the sentences that are
 * evidence for this event wrapped in `<mark>`: React elements built from slices of the text, so markup in
 * an article stays text.
 */
export function ArticleTextView({ article, eventId }: { article: Article; eventId: string }) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const state = useArticleText(article, open);
  const body = useRef<HTMLElement>(null);
  const evidence = state.status === 'ready' ? state.evidence.filter((span) => span.eventId === eventId) : [];

  useEffect(
    function scrollToFirstEvidence() {
      // Scrolls the text box only (scrollIntoView would also scroll the pane away from the event's title).
      const box = body.current;
      const mark = box?.querySelector('mark');
      if (state.status === 'ready' && box && mark) box.scrollTop = mark.offsetTop - 8;
    },
    [state.status],
  );

  if (!article.textUrl) return null;
  const size = new Intl.NumberFormat(lng).format(article.textLength);
  return (
    <div className="article-text">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? t('detail.hideText') : t('detail.showText', { count: article.textLength, size })}
      </button>
      <div id={id} hidden={!open}>
        {state.status === 'loading' && <p role="status">{t('detail.loading')}</p>}
        {state.status === 'error' && <p role="alert">{t('detail.loadError')}</p>}
        {state.status === 'ready' && (
          <>
            {evidence.length > 0 && <p className="detail-note">{t('detail.evidenceNote')}</p>}
            <section
              ref={body}
              className="article-body"
              lang={state.lang}
              data-untranslated=""
              data-testid="article-text"
              aria-label={t('detail.articleText')}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable to scroll it by keyboard.
              tabIndex={0}
            >
              {evidenceSegments(state.text, evidence).map((segment, index) =>
                segment.evidence ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed cut of an immutable text.
                  <mark key={index}>{segment.text}</mark>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                  <span key={index}>{segment.text}</span>
                ),
              )}
            </section>
          </>
        )}
      </div>
    </div>
  );
}

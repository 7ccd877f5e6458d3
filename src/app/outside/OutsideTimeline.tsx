import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROBLEM_CODES, type ProblemCode, type TimelineEvent } from '#schema';
import { useCorpus } from '../corpusContext.ts';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';
import { formatDay } from '../format/dateText.ts';
import type { ViewName } from '../model/urlState.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import './OutsideTimeline.css';
import { localText } from '../format/localText.ts';

export interface OutsideTimelineProps {
  /** The filtered events; the undated ones are listed here in the timeline view. */
  events: readonly TimelineEvent[];
  view: ViewName;
  onOpen: (eventId: string, opener: HTMLElement | null) => void;
}

/**
 * Everything the timeline cannot draw, so nothing in the corpus is ever silently missing: events without a
 * date (the list view already shows them, last), articles no event was placed from, and extraction problems.
 */
// Memoised: the page re-renders on every pan and zoom (the window is in the URL), and this part's counts
// over every event need not follow.
export const OutsideTimeline = memo(function OutsideTimeline({ events, view, onOpen }: OutsideTimelineProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const { corpus } = useCorpus();
  const undated = view === 'timeline' ? events.filter((event) => event.date === null) : [];
  const unplaced = corpus.articles.filter((article) => article.unplacedReason !== null);
  const { problems } = corpus;
  if (undated.length + unplaced.length + problems.length === 0) return null;
  return (
    <section className="outside" aria-labelledby="outside-heading">
      <h2 id="outside-heading">{t('outside.heading')}</h2>
      {undated.length > 0 && (
        <div className="outside-block">
          <h3>{t('outside.undated')}</h3>
          <ul>
            {undated.map((event) => (
              <li key={event.id} className={`type-${event.type}`}>
                <button
                  type="button"
                  className="link-button"
                  data-event-row={event.id}
                  onClick={(click) => onOpen(event.id, click.currentTarget)}
                >
                  <span className="outside-glyph" aria-hidden="true">
                    {EVENT_TYPE_GLYPHS[event.type]}
                  </span>
                  {localText(event.title, lng)}
                </button>
                <span className="outside-meta"> · {t(`types.${event.type}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {unplaced.length > 0 && (
        <div className="outside-block">
          <h3>{t('outside.unplaced')}</h3>
          <ul>
            {unplaced.map((article) => (
              <li key={article.id}>
                <span lang={article.lang} data-untranslated="">
                  {article.title || article.file}
                </span>
                <span className="outside-meta">
                  {' · '}
                  {article.published ? formatDay(article.published, lng) : t('detail.publishedUnknown')}
                  {' · '}
                  {article.unplacedCode ? (
                    <span title={article.unplacedReason ?? undefined}>
                      {t(`outside.unplacedCode.${article.unplacedCode}`)}
                    </span>
                  ) : (
                    <span data-untranslated="">{article.unplacedReason}</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <div className="outside-block">
          <h3>{t('outside.problems')}</h3>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.file}:${problem.code}:${problem.message}`} data-severity={problem.severity}>
                <span className="badge">{t(`outside.severity.${problem.severity}`)}</span>{' '}
                <code data-untranslated="">{problem.file}</code>{' '}
                {isProblemCode(problem.code) ? (
                  <span title={problem.message}>{t(`outside.problemCode.${problem.code}`)}</span>
                ) : (
                  <span data-untranslated="">{problem.message}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});

// Problems from this pipeline have translations; a corpus from another tool may bring its own codes.
function isProblemCode(code: string): code is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(code);
}

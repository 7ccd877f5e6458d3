import { memo, type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HOME_COUNTRY,
  PROBLEM_CODES,
  type ProblemCode,
  type TimelineEvent,
  UNPLACED_CODES,
  type UnplacedCode,
} from '#schema';
import { useCorpus } from '../corpusContext.ts';
import { ArticleTextView } from '../detail/ArticleTextView.tsx';
import { EVENT_TYPE_GLYPHS } from '../eventTypeGlyphs.ts';
import { capCombiningMarks } from '../format/capCombiningMarks.ts';
import { countryName } from '../format/countryName.ts';
import { formatDay, formatEventDateShort } from '../format/dateText.ts';
import { localText } from '../format/localText.ts';
import type { ViewName } from '../model/urlState.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import { OutsideGroup } from './OutsideGroup.tsx';
import { entryMatches, entryText, outsideEntries } from './outsideEntries.ts';
import './OutsideTimeline.css';

export interface OutsideTimelineProps {
  /** The filtered events; the undated ones are listed here in the timeline view. */
  events: readonly TimelineEvent[];
  view: ViewName;
  onOpen: (eventId: string, opener: HTMLElement | null) => void;
}

/**
 * Everything the timeline cannot draw, so nothing in the corpus is ever silently missing: events without a
 * date, events the home country is not a party to (the list view shows both among the others), articles no
 * event was placed from, and extraction problems. Grouped by reason, folded, and searchable by file name,
 * title or reason: a real folder leaves hundreds of files here.
 */
// Memoised: the page re-renders on every pan and zoom (the window is in the URL), and this part's counts
// over every event need not follow.
export const OutsideTimeline = memo(function OutsideTimeline({ events, view, onOpen }: OutsideTimelineProps) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const searchId = useId();
  const { corpus } = useCorpus();
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query);
  const searching = search.trim() !== '';
  const entries = useMemo(
    () => outsideEntries(view === 'timeline' ? events : [], corpus.articles, corpus.problems),
    [events, view, corpus],
  );
  const texts = useMemo(() => {
    const byKey = new Map<object, string>();
    for (const event of [...entries.undated, ...entries.withoutHome])
      byKey.set(event, entryText([event.title.en, event.title.ru]));
    for (const group of entries.unplaced)
      for (const entry of group.entries)
        byKey.set(
          entry,
          entryText([
            entry.article.file,
            entry.article.title,
            entry.article.unplacedReason,
            ...entry.problems.map((p) => p.message),
          ]),
        );
    for (const group of entries.problems)
      for (const problem of group.entries) byKey.set(problem, entryText([problem.file, problem.message]));
    return byKey;
  }, [entries]);
  const keep = <T extends object>(list: readonly T[]) =>
    searching ? list.filter((entry) => entryMatches(texts.get(entry) ?? '', search)) : list;

  const total =
    entries.undated.length +
    entries.withoutHome.length +
    entries.unplaced.reduce((sum, group) => sum + group.entries.length, 0) +
    entries.problems.reduce((sum, group) => sum + group.entries.length, 0);
  if (total === 0) return null;

  const eventEntry = (event: TimelineEvent, withCountries: boolean) => (
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
        <bdi>{localText(event.title, lng)}</bdi>
      </button>
      <span className="outside-meta">
        {' · '}
        {t(`types.${event.type}`)}
        {event.date && ` · ${formatEventDateShort(event.date, lng)}`}
        {withCountries && ` · ${event.countries.map((code) => countryName(code, lng)).join(', ')}`}
      </span>
    </li>
  );
  const undated = keep(entries.undated);
  const withoutHome = keep(entries.withoutHome);
  const home = countryName(HOME_COUNTRY, lng);
  return (
    <section className="outside" aria-labelledby="outside-heading" data-testid="outside">
      <div className="outside-top">
        <h2 id="outside-heading">{t('outside.heading')}</h2>
        <div className="outside-search">
          <label htmlFor={searchId}>{t('outside.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('outside.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      {entries.undated.length > 0 && (
        <OutsideGroup
          label={t('outside.undated')}
          total={entries.undated.length}
          matching={undated.length}
          searching={searching}
          testId="outside-undated"
        >
          {() => undated.map((event) => eventEntry(event, false))}
        </OutsideGroup>
      )}
      {entries.withoutHome.length > 0 && (
        <OutsideGroup
          label={t('outside.withoutHome', { country: home })}
          total={entries.withoutHome.length}
          matching={withoutHome.length}
          searching={searching}
          testId="outside-without-home"
        >
          {() => [
            <li key="why" className="outside-note">
              {t('outside.withoutHomeWhy', { country: home })}
            </li>,
            ...withoutHome.map((event) => eventEntry(event, true)),
          ]}
        </OutsideGroup>
      )}
      {entries.unplaced.length > 0 && <h3>{t('outside.unplaced')}</h3>}
      {entries.unplaced.map((group) => {
        const matching = keep(group.entries);
        return (
          <OutsideGroup
            key={group.reason}
            label={reasonLabel(
              isUnplacedCode(group.reason) ? t(`outside.unplacedCode.${group.reason}`) : null,
              group.reason,
            )}
            total={group.entries.length}
            matching={matching.length}
            searching={searching}
            testId={`outside-unplaced-${group.reason}`}
          >
            {() =>
              matching.map(({ article, problems }) => (
                <li key={article.id} className="outside-file" data-file={article.file}>
                  <code data-untranslated="">
                    <bdi>{capCombiningMarks(article.file)}</bdi>
                  </code>
                  {article.title && (
                    <>
                      {' '}
                      <bdi lang={article.lang} data-untranslated="">
                        {capCombiningMarks(article.title)}
                      </bdi>
                    </>
                  )}
                  <span className="outside-meta">
                    {' · '}
                    {article.published ? formatDay(article.published, lng) : t('detail.publishedUnknown')}
                  </span>
                  {problems.map((problem) => (
                    <span key={`${problem.code}:${problem.message}`} className="outside-meta outside-problem">
                      {' · '}
                      <bdi lang="en" data-untranslated="">
                        {problem.message}
                      </bdi>
                    </span>
                  ))}
                  <ArticleTextView article={article} eventId="" />
                </li>
              ))
            }
          </OutsideGroup>
        );
      })}
      {entries.problems.length > 0 && <h3>{t('outside.problems')}</h3>}
      {entries.problems.map((group) => {
        const matching = keep(group.entries);
        return (
          <OutsideGroup
            key={group.reason}
            label={reasonLabel(
              isProblemCode(group.reason) ? t(`outside.problemCode.${group.reason}`) : null,
              group.reason,
            )}
            total={group.entries.length}
            matching={matching.length}
            searching={searching}
            testId={`outside-problems-${group.reason}`}
          >
            {() =>
              matching.map((problem) => (
                <li
                  key={`${problem.file}:${problem.code}:${problem.message}`}
                  className="outside-file"
                  data-file={problem.file}
                  data-severity={problem.severity}
                >
                  <span className="badge">{t(`outside.severity.${problem.severity}`)}</span>{' '}
                  <code data-untranslated="">
                    <bdi>{capCombiningMarks(problem.file)}</bdi>
                  </code>{' '}
                  <span className="outside-meta">
                    <bdi lang="en" data-untranslated="">
                      {problem.message}
                    </bdi>
                  </span>
                </li>
              ))
            }
          </OutsideGroup>
        );
      })}
    </section>
  );
});

// Problems from this pipeline have translations; a corpus from another tool may bring its own codes.
function isProblemCode(code: string): code is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(code);
}

function isUnplacedCode(code: string): code is UnplacedCode {
  return (UNPLACED_CODES as readonly string[]).includes(code);
}

/** A group's reason in the UI language, or as the pipeline wrote it (English) when the code is not one the UI knows. */
function reasonLabel(translated: string | null, reason: string): ReactNode {
  return (
    translated ?? (
      <bdi lang="en" data-untranslated="">
        {reason}
      </bdi>
    )
  );
}

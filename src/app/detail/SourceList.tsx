import { useTranslation } from 'react-i18next';
import type { Article, MergeReason, TimelineEvent } from '#schema';
import { useCorpus } from '../corpusContext.ts';
import { capCombiningMarks } from '../format/capCombiningMarks.ts';
import { formatDay } from '../format/dateText.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import { ArticleTextView } from './ArticleTextView.tsx';

/** Only http(s) links are followed: a scraped `javascript:` or `data:` URL is shown as text, never linked. */
function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The articles an event was read from, those in the UI language first. */
export function SourceList({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const lng = useUiLanguage();
  const { articlesById } = useCorpus();
  const articles = event.articleIds
    .map((id) => articlesById.get(id))
    .filter((article): article is Article => article !== undefined)
    .sort((a, b) => Number(b.lang === lng) - Number(a.lang === lng));
  // The most precise report has no entry: it is the event; the others say why they were taken for it.
  const mergeReasons = new Map<string, MergeReason>(
    (event.merges ?? []).map((merge) => [merge.articleId, merge.reason]),
  );
  return (
    <section className="detail-sources" aria-labelledby="detail-sources-heading">
      <h3 id="detail-sources-heading">
        {t('detail.sources')} <span className="detail-count">({articles.length})</span>
      </h3>
      <ol>
        {articles.map((article) => {
          const href = safeHref(article.source?.url ?? null);
          const merged = mergeReasons.get(article.id);
          return (
            <li key={article.id} className="source" data-article={article.id}>
              <p className="source-meta">
                <bdi className="source-outlet" data-untranslated="">
                  {article.source?.name ? capCombiningMarks(article.source.name) : t('detail.sourceUnknown')}
                </bdi>
                <span
                  className="badge"
                  lang="en"
                  title={t('detail.articleLanguage', { lang: article.lang })}
                  data-untranslated=""
                >
                  {article.lang}
                </span>
                <span className="source-date">
                  {article.published
                    ? t('detail.published', { date: formatDay(article.published, lng) })
                    : t('detail.publishedUnknown')}
                </span>
              </p>
              <p className="source-title" lang={article.lang} data-untranslated="">
                <bdi>{capCombiningMarks(article.title)}</bdi>
              </p>
              {merged && (
                <p className="detail-note source-merge" data-merge={merged}>
                  {t(`merges.${merged}`)}
                </p>
              )}
              {href && (
                <p className="source-link">
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t('detail.openSource')} <span className="visually-hidden">{t('detail.newWindow')}</span>
                    <span aria-hidden="true"> ↗</span>
                  </a>
                </p>
              )}
              <ArticleTextView article={article} eventId={event.id} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Corpus } from '#schema';
import { CorpusContext } from './corpusContext.ts';
import { TimelinePage } from './TimelinePage.tsx';

export interface AppProps {
  corpus: Corpus;
  corpusBaseUrl: string;
  /** Created by `createI18n()`; passed in so an embed can run its own instance beside the host's. */
  i18n: i18n;
}

export function App({ corpus, corpusBaseUrl, i18n }: AppProps) {
  const value = useMemo(
    () => ({
      corpus,
      baseUrl: corpusBaseUrl,
      articlesById: new Map(corpus.articles.map((article) => [article.id, article])),
    }),
    [corpus, corpusBaseUrl],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <CorpusContext.Provider value={value}>
        <TimelinePage />
      </CorpusContext.Provider>
    </I18nextProvider>
  );
}

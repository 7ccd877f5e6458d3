import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { TimelineIndex } from '#schema';
import { CorpusContext } from './corpusContext.ts';
import { MemoryViewStateProvider } from './state/MemoryViewStateProvider.tsx';
import type { MemoryViewState } from './state/memoryViewState.ts';
import { UrlViewState } from './state/UrlViewState.tsx';
import { PAGE_HOST, type ViewerHost, ViewerHostContext } from './state/viewerHost.ts';
import { TimelinePage } from './TimelinePage.tsx';

export interface AppProps {
  corpus: TimelineIndex;
  corpusBaseUrl: string;
  /** Created by `createI18n()`; passed in so an embed can run its own instance beside the host's. */
  i18n: i18n;
  /** Where the view state lives: the page URL when absent, else this store (an embed's, in memory). */
  viewState?: MemoryViewState | undefined;
  /** The full page when absent; the iframe and the custom element pass their layout. */
  host?: ViewerHost | undefined;
}

export function App({ corpus, corpusBaseUrl, i18n, viewState, host = PAGE_HOST }: AppProps) {
  const value = useMemo(
    () => ({
      corpus,
      baseUrl: corpusBaseUrl,
      articlesById: new Map(corpus.articles.map((article) => [article.id, article])),
    }),
    [corpus, corpusBaseUrl],
  );
  const page = <TimelinePage />;
  return (
    <I18nextProvider i18n={i18n}>
      <ViewerHostContext.Provider value={host}>
        <CorpusContext.Provider value={value}>
          {viewState ? (
            <MemoryViewStateProvider store={viewState}>{page}</MemoryViewStateProvider>
          ) : (
            <UrlViewState>{page}</UrlViewState>
          )}
        </CorpusContext.Provider>
      </ViewerHostContext.Provider>
    </I18nextProvider>
  );
}

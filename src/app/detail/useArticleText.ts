import { useEffect, useState } from 'react';
import { type Article, type TextEvidence, viewerArticleText } from '#schema';
import { sameOriginTextUrl } from '../../embed/screenCorpus.ts';
import { useCorpus } from '../corpusContext.ts';

export type ArticleTextState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; text: string; lang: string; evidence: TextEvidence[] }
  | { status: 'error' };

/**
 * Fetches an article's stored text, with the evidence spans that point into it, only when asked
 * (`enabled`): the corpus index carries neither, so the page stays small however many articles there are.
 * The response is validated before use; a text URL off the corpus's origin is never fetched.
 */
export function useArticleText(article: Article, enabled: boolean): ArticleTextState {
  const { baseUrl } = useCorpus();
  const [state, setState] = useState<ArticleTextState>({ status: 'idle' });
  const { textUrl } = article;

  useEffect(
    function loadText() {
      if (!enabled || !textUrl) return undefined;
      // The corpus was screened on load; this keeps any text URL off other origins whatever the corpus's path.
      const url = sameOriginTextUrl(textUrl, baseUrl);
      if (!url) {
        setState({ status: 'error' });
        return undefined;
      }
      const controller = new AbortController();
      setState({ status: 'loading' });
      fetch(url, { signal: controller.signal })
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json();
        })
        .then((json: unknown) => {
          const parsed = viewerArticleText.parse(json);
          setState({ status: 'ready', text: parsed.text, lang: parsed.lang, evidence: parsed.evidence });
        })
        .catch(() => {
          if (!controller.signal.aborted) setState({ status: 'error' });
        });
      return function abortLoad() {
        controller.abort();
      };
    },
    [enabled, textUrl, baseUrl],
  );

  return state;
}

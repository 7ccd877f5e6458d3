import { createContext, useContext } from 'react';
import type { Article, TimelineIndex } from '#schema';

export interface CorpusContextValue {
  corpus: TimelineIndex;
  /** Absolute URL that article `textUrl`s resolve against. */
  baseUrl: string;
  articlesById: ReadonlyMap<string, Article>;
}

export const CorpusContext = createContext<CorpusContextValue | null>(null);

/** The corpus the app was built with; provided once by `App`. */
export function useCorpus(): CorpusContextValue {
  const value = useContext(CorpusContext);
  if (!value) throw new Error('useCorpus needs a CorpusContext provider (see App.tsx)');
  return value;
}

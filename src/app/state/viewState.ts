import { createContext, useContext } from 'react';
import type { UrlState } from '../model/urlState.ts';

/**
 * How a change reaches the history: selections and filters are steps the reader may want to go back to
 * (push); moving the timeline window is continuous and only keeps the link current (replace). A view state
 * without history (an embed's) ignores it.
 */
export type HistoryMode = 'push' | 'replace';

/** The view the reader is on (selected event, filters, window) and the one way to change it. */
export interface ViewStateApi {
  state: UrlState;
  update: (patch: Partial<UrlState>, mode: HistoryMode) => void;
}

/**
 * Where the view state lives: the page's URL for the app (`UrlViewState`), a memory store for an embed
 * (`MemoryViewStateProvider`), so an embed never writes its host page's URL or history.
 */
export const ViewStateContext = createContext<ViewStateApi | null>(null);

export function useViewState(): ViewStateApi {
  const value = useContext(ViewStateContext);
  if (!value) throw new Error('useViewState needs a view state provider (see App.tsx)');
  return value;
}

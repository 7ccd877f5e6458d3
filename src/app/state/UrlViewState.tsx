import { type ReactNode, useMemo } from 'react';
import { useUrlState } from './useUrlState.ts';
import { ViewStateContext } from './viewState.ts';

/** The page's view state: kept in the URL, so every view is a link and back/forward walk through it. */
export function UrlViewState({ children }: { children: ReactNode }) {
  const { state, update } = useUrlState();
  const value = useMemo(() => ({ state, update }), [state, update]);
  return <ViewStateContext.Provider value={value}>{children}</ViewStateContext.Provider>;
}

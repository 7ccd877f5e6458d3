import { type ReactNode, useCallback, useMemo, useSyncExternalStore } from 'react';
import type { UrlState } from '../model/urlState.ts';
import type { MemoryViewState } from './memoryViewState.ts';
import { ViewStateContext } from './viewState.ts';

/** Provides a memory store as the view state: the same API the page's URL state has, and no history. */
export function MemoryViewStateProvider({
  store,
  children,
}: {
  store: MemoryViewState;
  children: ReactNode;
}) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const update = useCallback((patch: Partial<UrlState>) => store.update(patch), [store]);
  const value = useMemo(() => ({ state, update }), [state, update]);
  return <ViewStateContext.Provider value={value}>{children}</ViewStateContext.Provider>;
}

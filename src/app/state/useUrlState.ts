import { useCallback, useEffect, useRef, useState } from 'react';
import type { UiLanguage } from '#schema';
import { parseUrlState, serializeUrlState, type UrlState } from '../model/urlState.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import type { HistoryMode, ViewStateApi } from './viewState.ts';

function writeUrl(state: UrlState, lng: UiLanguage, mode: HistoryMode) {
  const search = serializeUrlState(state, lng, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** The view state lives in the URL, so every view is a link and back/forward walk through it. */
export function useUrlState(): ViewStateApi {
  const lng = useUiLanguage();
  const language = useRef(lng);
  language.current = lng;
  const [state, setState] = useState(() => parseUrlState(window.location.search));
  // Read by `update`, so that two updates in one event handler build on each other.
  const current = useRef(state);

  const update = useCallback(
    (patch: Partial<UrlState>, mode: HistoryMode) => {
      const next = { ...current.current, ...patch };
      current.current = next;
      writeUrl(next, lng, mode);
      setState(next);
    },
    [lng],
  );

  useEffect(function followHistory() {
    function onPopState() {
      const next = parseUrlState(window.location.search);
      current.current = next;
      setState(next);
      // An entry keeps the language it was pushed in; going back to it must not undo the reader's later
      // choice of language, so the entry is rewritten in the language in use instead.
      writeUrl(next, language.current, 'replace');
    }
    window.addEventListener('popstate', onPopState);
    return function stopFollowingHistory() {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  useEffect(
    function keepLanguageInUrl() {
      writeUrl(current.current, lng, 'replace');
    },
    [lng],
  );

  return { state, update };
}

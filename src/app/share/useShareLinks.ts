import { useCallback, useMemo } from 'react';
import { useViewerHost } from '../state/viewerHost.ts';
import { useViewState } from '../state/viewState.ts';
import { useUiLanguage } from '../useUiLanguage.ts';
import { eventLink, pageAppUrl, viewLink } from './shareLink.ts';

/** Links to the current view and to one event, in the standalone app, whichever way the viewer is embedded. */
export function useShareLinks() {
  const { state } = useViewState();
  const lng = useUiLanguage();
  const host = useViewerHost();
  // Read when the reader asks for a link, not per render: `location` is the page's at that moment.
  const appUrl = useCallback(() => host.appUrl ?? pageAppUrl(window.location), [host.appUrl]);
  const view = useCallback(() => viewLink(appUrl(), state, lng), [appUrl, state, lng]);
  const event = useCallback((eventId: string) => eventLink(appUrl(), eventId, lng), [appUrl, lng]);
  return useMemo(() => ({ view, event }), [view, event]);
}

import { useCallback, useSyncExternalStore } from 'react';

/** Phone-sized: the list is the default view and the filters start folded. */
export const PHONE_QUERY = '(max-width: 640px)';
/** Below this width the detail pane covers the page instead of sitting beside it (see DetailPane.css). */
export const PANE_COVERS_PAGE_QUERY = '(max-width: 1099px)';
/** The reader asked the system for less motion: zoom and pan jump instead of animating. */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** Whether a CSS media query matches, updated when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

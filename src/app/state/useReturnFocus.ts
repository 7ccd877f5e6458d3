import { type RefObject, useCallback, useMemo, useRef } from 'react';

/**
 * Remembers which control opened the detail pane, so closing it returns focus there (WAI-ARIA dialog
 * practice). When the opener is gone (the pane was opened from a link, or the list re-rendered), the
 * fallback finds the row or timeline that shows the event.
 */
export function useReturnFocus(pageRoot: RefObject<HTMLElement | null>) {
  const opener = useRef<HTMLElement | null>(null);

  const remember = useCallback((element: HTMLElement | null) => {
    opener.current = element;
  }, []);

  const restore = useCallback(
    (eventId: string | null) => {
      const target =
        opener.current?.isConnected === true
          ? opener.current
          : // Searched under the page's root, not `document`: an embed's elements are in its shadow root.
            (pageRoot.current?.querySelector<HTMLElement>(
              `[data-event-row="${CSS.escape(eventId ?? '')}"]`,
            ) ?? pageRoot.current?.querySelector<HTMLElement>('[data-timeline-focus]'));
      opener.current = null;
      // After React has removed the pane, or focus would land on an element about to disappear.
      requestAnimationFrame(() => target?.focus());
    },
    [pageRoot],
  );

  return useMemo(() => ({ remember, restore }), [remember, restore]);
}

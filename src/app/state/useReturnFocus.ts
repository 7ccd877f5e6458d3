import { useCallback, useMemo, useRef } from 'react';

/**
 * Remembers which control opened the detail pane, so closing it returns focus there (WAI-ARIA dialog
 * practice). When the opener is gone (the pane was opened from a link, or the list re-rendered), the
 * fallback finds the row or timeline that shows the event.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);

  const remember = useCallback((element: HTMLElement | null) => {
    opener.current = element;
  }, []);

  const restore = useCallback((eventId: string | null) => {
    const target =
      opener.current?.isConnected === true
        ? opener.current
        : (document.querySelector<HTMLElement>(`[data-event-row="${CSS.escape(eventId ?? '')}"]`) ??
          document.querySelector<HTMLElement>('[data-timeline-focus]'));
    opener.current = null;
    // After React has removed the pane, or focus would land on an element about to disappear.
    requestAnimationFrame(() => target?.focus());
  }, []);

  return useMemo(() => ({ remember, restore }), [remember, restore]);
}

import { type RefObject, useEffect } from 'react';
import type { Timeline } from 'vis-timeline/esnext';

/**
 * vis-timeline's row-label column scrolls on its own once the rows outgrow the timeline's height, and
 * a region that scrolls must be reachable from the keyboard (WCAG 2.1.1, axe's scrollable-region-focusable):
 * while it scrolls it is a named tab stop whose arrow keys scroll it; otherwise it stays out of the tab order.
 * `redrawn` is any value that changes when the timeline's rows or items do (its items).
 */
export function useFocusableRowLabels(
  container: RefObject<HTMLElement | null>,
  timeline: RefObject<Timeline | null>,
  label: string,
  redrawn: unknown,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the timeline is built in an effect of its own, maybe after this one first ran; `redrawn` (its items) brings this back once it exists.
  useEffect(
    function keepRowLabelsReachable() {
      const instance = timeline.current;
      if (!instance) return undefined;
      function update() {
        const column = container.current?.querySelector<HTMLElement>('.vis-panel.vis-left');
        if (!column) return;
        if (column.scrollHeight > column.clientHeight) {
          column.tabIndex = 0;
          column.setAttribute('role', 'group');
          column.setAttribute('aria-label', label);
        } else {
          column.removeAttribute('tabindex');
          column.removeAttribute('role');
          column.removeAttribute('aria-label');
        }
      }
      update();
      instance.on('changed', update);
      return function stopKeepingRowLabelsReachable() {
        instance.off('changed', update);
      };
    },
    [container, timeline, label, redrawn],
  );
}

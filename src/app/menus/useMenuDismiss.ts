import { type RefObject, type SyntheticEvent, useEffect, useState } from 'react';

/** Room kept between a menu's panel and the edges of the window, in pixels. */
const EDGE_PX = 8;
/** A panel squeezed by the window's bottom edge still shows this much (the page scrolls to make room). */
const MIN_PANEL_PX = 240;

/**
 * Shifts a menu's panel sideways into the window and caps its height at the room below it. Measured, not
 * set in CSS: where the toggle sits (a header that wraps on a phone, an embed's box) decides which edge
 * the panel runs past.
 */
export function keepInViewport(panel: HTMLElement): void {
  panel.style.transform = '';
  panel.style.maxHeight = '';
  const box = panel.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  let shift = 0;
  if (box.right > width - EDGE_PX) shift = width - EDGE_PX - box.right;
  if (box.left + shift < EDGE_PX) shift = EDGE_PX - box.left;
  if (shift !== 0) panel.style.transform = `translateX(${Math.round(shift)}px)`;
  const room = window.innerHeight - EDGE_PX - box.top;
  if (box.height <= room) return;
  if (room >= MIN_PANEL_PX) {
    panel.style.maxHeight = `${Math.floor(room)}px`;
    return;
  }
  // Too near the bottom of the window (a phone's filters, low on the screen): the page scrolls up enough
  // to show the panel at its smallest, rather than open it half out of sight.
  const shown = Math.min(box.height, MIN_PANEL_PX);
  panel.style.maxHeight = `${Math.floor(shown)}px`;
  window.scrollBy({ top: shown - room, behavior: 'instant' });
}

/**
 * Makes a `<details>` menu behave like a menu: Escape folds it and gives focus back to its toggle, a
 * click or tap anywhere outside folds it, and its panel (`[data-menu-panel]`) stays inside the window.
 * Returns the `onToggle` handler to put on the element, and whether it is open.
 */
export function useMenuDismiss(menu: RefObject<HTMLDetailsElement | null>) {
  const [open, setOpen] = useState(false);
  useEffect(
    function closeOnEscapeOrOutside() {
      const element = menu.current;
      if (!element) return undefined;
      // Listened for all along, not from the toggle event on: that event comes a task after the menu opens,
      // and an Escape or a click outside at once must still close it.
      // composedPath: inside an embed's shadow root, the event's target seen from the document is the host.
      const onPointerDown = (event: PointerEvent) => {
        if (element.open && !event.composedPath().includes(element)) element.open = false;
      };
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Escape' || !element.open) return;
        // The menu's Escape only: the detail pane behind it stays open.
        event.stopPropagation();
        element.open = false;
        element.querySelector('summary')?.focus();
      };
      document.addEventListener('pointerdown', onPointerDown, true);
      element.addEventListener('keydown', onKeyDown);
      return function stopClosing() {
        document.removeEventListener('pointerdown', onPointerDown, true);
        element.removeEventListener('keydown', onKeyDown);
      };
    },
    [menu],
  );
  useEffect(
    function keepPanelInViewport() {
      const element = menu.current;
      if (!open || !element) return undefined;
      const panel = element.querySelector<HTMLElement>('[data-menu-panel]');
      const place = () => {
        if (panel) keepInViewport(panel);
      };
      place();
      window.addEventListener('resize', place);
      return function stopPlacing() {
        window.removeEventListener('resize', place);
      };
    },
    [menu, open],
  );
  return {
    open,
    onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open),
  };
}

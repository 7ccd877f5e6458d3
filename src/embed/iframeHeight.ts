/** The message an iframe embed (`index.html?embed=1`) sends its parent whenever its content height changes. */
export interface HeightMessage {
  type: 'diplomacy-timeline:height';
  height: number;
}

export const HEIGHT_MESSAGE_TYPE = 'diplomacy-timeline:height';

/** Reported while only index.html's loading line shows: near a drawn timeline's height, so the host reflows little. */
const LOADING_MIN_PX = 420;

/**
 * Reports the document's height to the parent window on load and on every resize, as Datawrapper and
 * Flourish embeds do, so the host can size the frame without a scroll bar. The height is not secret, so it
 * goes to any origin; the host checks who sent it. Returns the function that stops reporting.
 */
export function reportHeightToParent(target: Window = window.parent): () => void {
  if (target === window) return () => {};
  const page = document.documentElement;
  let last = -1;
  const report = () => {
    const loading = document.querySelector('#root > [role="status"]:only-child') !== null;
    const height = Math.max(Math.ceil(page.getBoundingClientRect().height), loading ? LOADING_MIN_PX : 0);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE_TYPE, height } satisfies HeightMessage, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(page);
  // Chromium runs no rendering steps (ResizeObserver's among them) in a cross-origin frame out of view, so
  // a frame below the fold on a phone would report its loading height until scrolled to, then jump. Changes
  // to the DOM are still seen there: each burst of them is measured once (measuring lays the page out).
  let pending: ReturnType<typeof setTimeout> | undefined;
  const changes = new MutationObserver(() => {
    pending ??= setTimeout(() => {
      pending = undefined;
      report();
    }, 50);
  });
  changes.observe(page, { childList: true, subtree: true, attributes: true, characterData: true });
  window.addEventListener('load', report);
  report();
  return function stopReporting() {
    observer.disconnect();
    changes.disconnect();
    clearTimeout(pending);
    window.removeEventListener('load', report);
  };
}

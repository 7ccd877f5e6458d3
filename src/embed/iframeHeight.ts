/** The message an iframe embed (`index.html?embed=1`) sends its parent whenever its content height changes. */
export interface HeightMessage {
  type: 'diplomacy-timeline:height';
  height: number;
}

export const HEIGHT_MESSAGE_TYPE = 'diplomacy-timeline:height';

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
    const height = Math.ceil(page.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE_TYPE, height } satisfies HeightMessage, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(page);
  window.addEventListener('load', report);
  report();
  return function stopReporting() {
    observer.disconnect();
    window.removeEventListener('load', report);
  };
}

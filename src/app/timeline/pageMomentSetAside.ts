/**
 * vis-timeline takes the page's `window.moment` over the copy bundled with it, once, when its module is
 * evaluated (`window["moment"] || moment` in vis-timeline-graph2d.mjs), and calls it whatever `moment` option
 * it is given (e.g. `moment().hours(0)` when it builds its range). A news page with an old moment, or a stub,
 * left both embeds blank. This module is evaluated just before vis-timeline's (useTimeline.ts imports it
 * first): it takes the page's moment off `window` and puts it back in a microtask, which runs only once the
 * whole module graph has been evaluated, so no script of the page ever sees it missing.
 * True when vis-timeline will find no page moment.
 */
function setPageMomentAside(): boolean {
  if (typeof window === 'undefined') return true;
  // Whatever the page put there, not the type moment's declarations give the global.
  const page = window as unknown as { moment?: unknown };
  if (page.moment === undefined) return true;
  const own = Object.getOwnPropertyDescriptor(page, 'moment');
  if (!own?.configurable) {
    // A `var moment` of a classic script: not deletable, but writable.
    if (!own?.writable) return false;
    const value = page.moment;
    page.moment = undefined;
    queueMicrotask(() => {
      page.moment = value;
    });
    return true;
  }
  delete page.moment;
  queueMicrotask(() => {
    Object.defineProperty(page, 'moment', own);
  });
  return true;
}

export const visTimelineSeesNoPageMoment: boolean = setPageMomentAside();

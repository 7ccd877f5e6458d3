// Code that runs inside the measured page, as strings: the node tsconfig has no DOM library, and the
// app's CSP forbids `new Function`, so `page.evaluate` of a string (through the debugger protocol) it is.

/**
 * Installed before any page script: notes long tasks, and the first frame on which a timeline item
 * (or cluster) is in the DOM.
 */
export const INSTALL_LOAD_PROBE = `(() => {
  const bench = (window.__bench = { longTasks: [], drawnAt: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.startTime + entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    if (document.querySelector('.vis-foreground .vis-item')) bench.drawnAt = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`;

/** Milliseconds since navigation: drawn, the end of the last long task, and now. */
export const LOAD_STATE = `(() => {
  const bench = window.__bench;
  const lastLongTaskEnd = bench.longTasks.reduce((latest, [, end]) => Math.max(latest, end), 0);
  return { drawnAt: bench.drawnAt, lastLongTaskEnd, now: performance.now() };
})()`;

/** Starts recording animation-frame timestamps, and the times of key presses and clicks. */
export const START_FRAME_RECORDER = `(() => {
  const recorder = (window.__frames = { times: [], keydowns: [], inputs: [], running: true });
  const onFrame = (time) => {
    recorder.times.push(time);
    if (recorder.running) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  recorder.onKey = (event) => {
    recorder.keydowns.push(event.timeStamp);
    recorder.inputs.push(event.timeStamp);
  };
  recorder.onClick = (event) => recorder.inputs.push(event.timeStamp);
  window.addEventListener('keydown', recorder.onKey, true);
  window.addEventListener('click', recorder.onClick, true);
})()`;

/**
 * Stops the recorder: the gaps between frames; for each keydown the time to the next frame; and, from
 * the last key press or click, the time until the page runs smoothly again: the end of the last frame
 * that came more than 50 ms after the one before (a slow redraw of the view the input changed), or the
 * first frame after the input when none was that slow, which says nothing about when the view was redrawn.
 */
export const STOP_FRAME_RECORDER = `(() => {
  const recorder = window.__frames;
  recorder.running = false;
  window.removeEventListener('keydown', recorder.onKey, true);
  window.removeEventListener('click', recorder.onClick, true);
  const times = recorder.times;
  const gaps = times.slice(1).map((time, i) => time - times[i]);
  const keyToFrame = recorder.keydowns.map((down) => {
    const next = times.find((time) => time > down);
    return next === undefined ? null : next - down;
  });
  const last = recorder.inputs.length ? Math.max(...recorder.inputs) : null;
  let settledAt = last === null ? null : (times.find((time) => time > last) ?? null);
  for (let i = 1; last !== null && i < times.length; i++) {
    if (times[i] > last && times[i] - times[i - 1] > 50) settledAt = times[i];
  }
  return { gaps, keyToFrame, settledMs: settledAt === null ? null : settledAt - last };
})()`;

/**
 * Resolves when the element's text changes, then two frames later (the update is painted). `window.__armed`
 * is set once the observer is in place, so the caller can start the action only then.
 */
export function awaitTextChange(selector: string): string {
  return `new Promise((resolve) => {
    const element = document.querySelector(${JSON.stringify(selector)});
    const before = element.textContent;
    const observer = new MutationObserver(() => {
      if (element.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    window.__armed = true;
  })`;
}

/**
 * Starts recording interactions with the Event Timing API: for each key press or click, the time from the
 * event to the next paint after its handlers (and the render they caused at once) ran. A render React
 * defers (the timeline's, after a filter change) may come after that paint: it is not included.
 */
export const START_INTERACTION_RECORDER = `(() => {
  const recorder = (window.__interactions = { byId: new Map() });
  recorder.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      recorder.byId.set(entry.interactionId, Math.max(recorder.byId.get(entry.interactionId) ?? 0, entry.duration));
    }
  });
  recorder.observer.observe({ type: 'event', durationThreshold: 16 });
})()`;

/** Stops it: the duration of each interaction, in the order they happened (≥ 16 ms only; shorter ones are 16). */
export const STOP_INTERACTION_RECORDER = `new Promise((resolve) => {
  // Entries are delivered after the paint they end on: give the last one a frame to arrive.
  requestAnimationFrame(() => setTimeout(() => {
    const recorder = window.__interactions;
    recorder.observer.takeRecords().forEach((entry) => {
      if (entry.interactionId) recorder.byId.set(entry.interactionId, Math.max(recorder.byId.get(entry.interactionId) ?? 0, entry.duration));
    });
    recorder.observer.disconnect();
    resolve([...recorder.byId.values()]);
  }, 100));
})`;

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { EVENT_TYPES } from '#schema';
import { launchChromium } from '../../e2e/browser.ts';
import { serveStatic } from '../../e2e/static-server.ts';
import type { GazetteerData } from '../../src/gazetteer/gazetteer.ts';
import {
  awaitTextChange,
  INSTALL_LOAD_PROBE,
  LOAD_STATE,
  START_FRAME_RECORDER,
  START_INTERACTION_RECORDER,
  STOP_FRAME_RECORDER,
  STOP_INTERACTION_RECORDER,
} from './page-probes.ts';
import { ratio, type Spread, spread } from './stats.ts';
import { buildViewerCorpus, writeViewerCorpus } from './viewer-corpus.ts';

/** No long task for this long after the timeline is drawn: the page counts as interactive. */
const QUIET_MS = 1000;
const LOAD_TIMEOUT_MS = 180_000;
/** Longest wait for a zoom or a pan gesture, and for the count to change after a search or filter. */
const GESTURE_LIMIT_MS = 60_000;
const CHANGE_LIMIT_MS = 30_000;

export interface PageRun {
  drawnMs: number;
  interactiveMs: number;
  heapMiB: number;
  zoomWorstFrameMs: number;
  panWorstFrameMs: number;
}

export interface AppOnlyRun {
  searchMs: number;
  searchClearMs: number;
  typeFilterMs: number;
  /** From the input to the end of the last frame over 50 ms after it (or the first frame, if none was). */
  typeFilterSettledMs: number;
  searchSettledMs: number;
  searchClearSettledMs: number;
  keystrokeWorstMs: number;
  searchResult: string;
}

export interface ViewerFigures {
  events: number;
  items: number;
  rows: number;
  appBundleBytes: number;
  app: Record<keyof PageRun, Spread>;
  bare: Record<keyof PageRun, Spread>;
  /** The bare page with `cluster: false`: what vis-timeline's clustering costs. */
  bareNoCluster: Record<keyof PageRun, Spread>;
  ratio: Record<keyof PageRun, Spread>;
  search?: Record<Exclude<keyof AppOnlyRun, 'searchResult'>, Spread> & { query: string; result: string };
}

/** Builds the bare baseline page once; each size's items go beside it as data-N.json. */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: path.resolve('bench/bare-timeline'),
    base: './',
    logLevel: 'warn',
    build: { outDir: path.resolve(outDir), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
}

/** Writes the synthetic corpus for N events and builds the app over it, as `CORPUS_JSON=… vite build`. */
export function prepareSize(data: GazetteerData, events: number, cacheDir: string, bareDir: string) {
  const { corpus, texts, bare } = buildViewerCorpus(data, events, 20_000 + events);
  const corpusFile = writeViewerCorpus(path.join(cacheDir, `corpus-${events}`), corpus, texts);
  writeFileSync(path.join(bareDir, `data-${events}.json`), JSON.stringify(bare));
  const appDir = path.join(cacheDir, `app-${events}`);
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { ...process.env, CORPUS_JSON: corpusFile },
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  );
  if (built.status !== 0) throw new Error(`app build failed: ${built.stderr.slice(-2000)}`);
  // A counterpart in an event the search step keeps (it ticks the first type box first), so the query
  // searches events that are shown rather than an empty list.
  const kept = corpus.events.find((event) => [event.type, ...event.types].includes(EVENT_TYPES[0]));
  const query = kept?.participants[1]?.name.en.split(' ').at(-1) ?? 'Tokayev';
  return { appDir, items: bare.items.length, rows: bare.groups.length, query };
}

async function openMeasured(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript({ content: INSTALL_LOAD_PROBE });
  await page.goto(url);
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  for (;;) {
    const state = (await page.evaluate(LOAD_STATE)) as {
      drawnAt: number | null;
      lastLongTaskEnd: number;
      now: number;
    };
    if (state.drawnAt !== null && state.now - Math.max(state.drawnAt, state.lastLongTaskEnd) > QUIET_MS) {
      return {
        context,
        page,
        drawnMs: state.drawnAt,
        interactiveMs: Math.max(state.drawnAt, state.lastLongTaskEnd),
      };
    }
    if (Date.now() > deadline) throw new Error(`${url}: not drawn and quiet within ${LOAD_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
}

async function timelineCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.vis-panel.vis-center').first().boundingBox();
  if (!box) throw new Error('no .vis-center panel');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) };
}

async function worstFrame(page: Page, gesture: () => Promise<void>): Promise<number> {
  await page.evaluate(START_FRAME_RECORDER);
  await gesture();
  await page.waitForTimeout(500);
  const { gaps } = (await page.evaluate(STOP_FRAME_RECORDER)) as { gaps: number[] };
  return Math.max(...gaps);
}

/** The page is stuck in one task (the in-page timers cannot fire): the caller gives the page up. */
class PageStuck extends Error {}

/** Node-side limit on anything the page does: a renderer busy for minutes cannot time itself out. */
async function within<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageStuck(`${what}: not done within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A gesture stops taking new steps after this long: with clusters, one frame can take many seconds. */
const GESTURE_BUDGET_MS = 4000;

async function stepsWithinBudget(steps: readonly (() => Promise<void>)[]): Promise<void> {
  const started = Date.now();
  for (const step of steps) {
    if (Date.now() - started > GESTURE_BUDGET_MS) break;
    await step();
  }
}

/** Two wheel steps in and two out, a realistic 50 ms apart, over the middle of the timeline. */
async function zoomByWheel(page: Page): Promise<number> {
  const centre = await timelineCentre(page);
  await page.mouse.move(centre.x, centre.y);
  return worstFrame(page, () =>
    stepsWithinBudget(
      [-100, -100, 100, 100].map((deltaY) => async () => {
        await page.mouse.wheel(0, deltaY);
        await page.waitForTimeout(50);
      }),
    ),
  );
}

/** A drag of 400 px to the left and back, in 50 px steps. */
async function panByDrag(page: Page): Promise<number> {
  const centre = await timelineCentre(page);
  await page.mouse.move(centre.x, centre.y);
  const offsets = [...[1, 2, 3, 4, 5, 6, 7, 8], ...[7, 6, 5, 4, 3, 2, 1, 0]].map((step) => -50 * step);
  return worstFrame(page, async () => {
    await page.mouse.down();
    await stepsWithinBudget(offsets.map((dx) => () => page.mouse.move(centre.x + dx, centre.y)));
    await page.mouse.up();
  });
}

const FAILED_RUN: PageRun = {
  drawnMs: Number.NaN,
  interactiveMs: Number.NaN,
  heapMiB: Number.NaN,
  zoomWorstFrameMs: Number.NaN,
  panWorstFrameMs: Number.NaN,
};

async function measurePage(
  browser: Browser,
  url: string,
  log: (line: string) => void,
): Promise<{ run: PageRun; page: Page | null; close: () => Promise<void> }> {
  let opened: Awaited<ReturnType<typeof openMeasured>>;
  try {
    opened = await openMeasured(browser, url);
  } catch (error) {
    // A page that never settles is a result (n/a in the table), not a reason to lose the other figures.
    log(`  ${String(error)}`);
    await Promise.all(browser.contexts().map((context) => context.close()));
    return { run: FAILED_RUN, page: null, close: async () => {} };
  }
  const { context, page, drawnMs, interactiveMs } = opened;
  const heap = await heapMiB(page);
  let zoom = Number.NaN;
  let pan = Number.NaN;
  try {
    zoom = await within('zoom', GESTURE_LIMIT_MS, zoomByWheel(page));
    pan = await within('pan', GESTURE_LIMIT_MS, panByDrag(page));
  } catch (error) {
    if (!(error instanceof PageStuck)) throw error;
    log(`  ${url}: ${error.message}; page closed`);
    await context.close();
    return {
      run: { ...FAILED_RUN, drawnMs, interactiveMs, heapMiB: heap, zoomWorstFrameMs: zoom },
      page: null,
      close: async () => {},
    };
  }
  return {
    run: { drawnMs, interactiveMs, heapMiB: heap, zoomWorstFrameMs: zoom, panWorstFrameMs: pan },
    page,
    close: () => context.close(),
  };
}

const COUNT = '[data-testid="event-count"]';

/** Does `action` and waits until the event count has changed and been painted (or the time limit). */
async function untilCountChanges(page: Page, what: string, action: () => Promise<void>): Promise<void> {
  const pending = page.evaluate(awaitTextChange(COUNT));
  // When the step times out the page is closed under this promise: its rejection is expected.
  pending.catch(() => {});
  await page.evaluate('window.__armed');
  await within(
    what,
    CHANGE_LIMIT_MS,
    action().then(() => pending),
  );
}

/**
 * At the largest size only, each step on the result of the one before: the first event type's box ticked
 * (no box ticked means every type, so this keeps that type only); then a query typed key by key, as a
 * reader types; then the query deleted (the slow direction: the items come back). For each step, input → the count painted (Event Timing: the next paint after the input's
 * handlers; the timeline follows in a deferred render it does not wait for) and input → the page smooth
 * again (frame times); for each key, its time to the next frame.
 */
async function measureSearch(page: Page, query: string, log: (line: string) => void): Promise<AppOnlyRun> {
  const input = page.locator('input[type="search"]');
  const checkbox = page.locator('.filter-types input[type="checkbox"]').first();
  const run: AppOnlyRun = {
    searchMs: Number.NaN,
    searchClearMs: Number.NaN,
    typeFilterMs: Number.NaN,
    typeFilterSettledMs: Number.NaN,
    searchSettledMs: Number.NaN,
    searchClearSettledMs: Number.NaN,
    keystrokeWorstMs: Number.NaN,
    searchResult: '',
  };
  const settled = async () => {
    await page.waitForTimeout(1000);
    const { settledMs } = (await page.evaluate(STOP_FRAME_RECORDER)) as { settledMs: number | null };
    return settledMs ?? Number.NaN;
  };
  // A step the page does not finish ends the measurement; the caller closes the page.
  try {
    await page.evaluate(START_FRAME_RECORDER);
    await page.evaluate(START_INTERACTION_RECORDER);
    await untilCountChanges(page, 'type filter', () => checkbox.click());
    const clicked = (await page.evaluate(STOP_INTERACTION_RECORDER)) as number[];
    run.typeFilterMs = Math.max(16, ...clicked);
    run.typeFilterSettledMs = await settled();
    await input.click();
    await page.evaluate(START_FRAME_RECORDER);
    await page.evaluate(START_INTERACTION_RECORDER);
    await within('search', CHANGE_LIMIT_MS, page.keyboard.type(query, { delay: 120 }));
    const typed = (await page.evaluate(STOP_INTERACTION_RECORDER)) as number[];
    await page.waitForTimeout(1000);
    const { keyToFrame, settledMs } = (await page.evaluate(STOP_FRAME_RECORDER)) as {
      keyToFrame: (number | null)[];
      settledMs: number | null;
    };
    run.keystrokeWorstMs = Math.max(...keyToFrame.filter((ms): ms is number => ms !== null));
    run.searchSettledMs = settledMs ?? Number.NaN;
    run.searchMs = Math.max(16, ...typed);
    run.searchResult = (await page.locator(COUNT).textContent()) ?? '';
    await page.keyboard.press('Control+A');
    await page.evaluate(START_INTERACTION_RECORDER);
    await page.evaluate(START_FRAME_RECORDER);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(200);
    const cleared = (await page.evaluate(STOP_INTERACTION_RECORDER)) as number[];
    run.searchClearMs = Math.max(16, ...cleared);
    run.searchClearSettledMs = await settled();
  } catch (error) {
    if (!(error instanceof PageStuck)) throw error;
    log(`  ${error.message}`);
  }
  return run;
}

export async function measureViewer(
  sizes: readonly {
    events: number;
    runs: number;
    /** Runs of the bare page without clusters (slow to open at 20,000 events). */
    noClusterRuns: number;
    appDir: string;
    items: number;
    rows: number;
    query: string;
  }[],
  bareDir: string,
  bundleBytes: (appDir: string) => number,
  log: (line: string) => void,
): Promise<ViewerFigures[]> {
  const browser = await launchChromium();
  const bareServer = await serveStatic(bareDir);
  const figures: ViewerFigures[] = [];
  try {
    for (const size of sizes) {
      const appServer = await serveStatic(size.appDir);
      const appRuns: PageRun[] = [];
      const bareRuns: PageRun[] = [];
      const bareNoClusterRuns: PageRun[] = [];
      const searchRuns: AppOnlyRun[] = [];
      try {
        // Interleaved, so a slow spell of the machine hits both pages alike.
        for (let i = 0; i < size.runs; i++) {
          const app = await measurePage(browser, appServer.url, log);
          appRuns.push(app.run);
          if (size === sizes.at(-1) && app.page)
            searchRuns.push(await measureSearch(app.page, size.query, log));
          await app.close();
          const bare = await measurePage(browser, `${bareServer.url}?data=data-${size.events}.json`, log);
          bareRuns.push(bare.run);
          await bare.close();
          // Without clusters vis-timeline takes over a minute to open 20,000 events: fewer runs there.
          const noCluster =
            i < size.noClusterRuns
              ? await measurePage(browser, `${bareServer.url}?data=data-${size.events}.json&cluster=0`, log)
              : { run: null, close: async () => {} };
          if (noCluster.run) bareNoClusterRuns.push(noCluster.run);
          await noCluster.close();
          log(
            `  ${size.events} events, run ${i + 1}/${size.runs}: app ${app.run.interactiveMs.toFixed(0)} ms, bare ${bare.run.interactiveMs.toFixed(0)} ms, bare without clusters ${noCluster.run?.interactiveMs.toFixed(0) ?? '-'} ms`,
          );
        }
      } finally {
        await appServer.close();
      }
      const summarise = (runs: PageRun[]) =>
        Object.fromEntries(
          (Object.keys(runs[0] ?? {}) as (keyof PageRun)[]).map((key) => [
            key,
            spread(runs.map((run) => run[key])),
          ]),
        ) as Record<keyof PageRun, Spread>;
      const app = summarise(appRuns);
      const bare = summarise(bareRuns);
      figures.push({
        events: size.events,
        items: size.items,
        rows: size.rows,
        appBundleBytes: bundleBytes(size.appDir),
        app,
        bare,
        bareNoCluster: summarise(bareNoClusterRuns),
        ratio: Object.fromEntries(
          (Object.keys(app) as (keyof PageRun)[]).map((key) => [key, ratio(app[key], bare[key])]),
        ) as Record<keyof PageRun, Spread>,
        ...(searchRuns.length
          ? {
              search: {
                searchMs: spread(searchRuns.map((r) => r.searchMs)),
                searchClearMs: spread(searchRuns.map((r) => r.searchClearMs)),
                typeFilterMs: spread(searchRuns.map((r) => r.typeFilterMs)),
                typeFilterSettledMs: spread(searchRuns.map((r) => r.typeFilterSettledMs)),
                searchSettledMs: spread(searchRuns.map((r) => r.searchSettledMs)),
                searchClearSettledMs: spread(searchRuns.map((r) => r.searchClearSettledMs)),
                keystrokeWorstMs: spread(searchRuns.map((r) => r.keystrokeWorstMs)),
                query: size.query,
                result: searchRuns.at(-1)?.searchResult ?? '',
              },
            }
          : {}),
      });
    }
  } finally {
    await bareServer.close();
    await browser.close();
  }
  return figures;
}

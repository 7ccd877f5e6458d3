import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForExpression } from './app-page.ts';
import { axeSeriousViolations, launchChromium, openPage, type WatchedPage } from './browser.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'test-results/screenshots');
const corpus = JSON.parse(readFileSync(path.join(root, 'dist/corpus/index.json'), 'utf8')) as {
  events: { id: string; title: { en: string; ru: string }; date: { start: string } | null }[];
};
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tianjin = corpus.events.find((event) => event.title.en.includes('Xi Jinping'));

/** `dist/` (built by the global setup) on one origin, the example host page on another, fixtures on a third. */
let bundle: StaticServer;
let host: StaticServer;
let fixtures: StaticServer;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(outDir, { recursive: true });
  bundle = await serveStatic(path.join(root, 'dist'), { cors: true });
  fixtures = await serveStatic(path.join(root, 'e2e/fixtures/embed'), { cors: true });
  const origins = `${new URL(bundle.url).origin} ${new URL(fixtures.url).origin}`;
  // The host page is as strict as the app: its own scripts and styles only, plus the timeline's origin.
  host = await serveStatic(path.join(root, 'examples'), {
    csp: `default-src 'self'; script-src 'self' ${origins}; style-src 'self'; img-src 'self' data:; connect-src 'self' ${origins}; frame-src ${origins}`,
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([bundle, host, fixtures].map((server) => server?.close()));
});

const hostUrl = (extra = '') => `${host.url}host.html?bundle=${encodeURIComponent(bundle.url)}${extra}`;

/** The 404 the broken embed asks for is the only console error allowed on the host page. */
function unexpected(problems: string[]): string[] {
  return problems.filter((problem) => !/Failed to load resource: .*404/.test(problem));
}

/** The iframe embed's frame (another origin: the bundle's). */
async function timelineFrame(page: Page): Promise<Frame> {
  await page.locator('#timeline-frame').waitFor();
  const handle = await page.locator('#timeline-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no timeline frame');
  await frame.waitForLoadState();
  return frame;
}

/** Waits until the host has sized the frame to the frame's content height, and returns that height. */
async function frameSizedToContent(page: Page, frame: Frame, timeoutMs = 5000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const content = (await frame.evaluate(
      'Math.ceil(document.documentElement.getBoundingClientRect().height)',
    )) as number;
    const sized = await page.evaluate(`document.querySelector('#timeline-frame').style.height`);
    if (sized === `${content}px`) return content;
    if (Date.now() > deadline) throw new Error(`frame is ${sized}, its content ${content}px`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openHost(extra = '', viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const watched = await openPage(browser, hostUrl(extra), { viewport });
  await watched.page.locator('#timeline-ru .vis-item').first().waitFor();
  return watched;
}

/** Computed styles, by label, of elements found by a script expression that yields [label, element] pairs. */
async function computedStyles(page: Page, pairs: string, properties: string[]) {
  return (await page.evaluate(`(() => {
    const properties = ${JSON.stringify(properties)};
    return Object.fromEntries(${pairs}.filter(([, element]) => element).map(([label, element]) => {
      const style = getComputedStyle(element);
      return [label, Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]))];
    }));
  })()`)) as Record<string, Record<string, string>>;
}

const SHADOW = `document.querySelector('#timeline-ru').shadowRoot`;
const EMBED_ELEMENTS = `[
  ['box', ${SHADOW}.querySelector('.embed-root')],
  ['header', ${SHADOW}.querySelector('.app-header')],
  ['count', ${SHADOW}.querySelector('.app-count')],
  ['view button', ${SHADOW}.querySelector('.view-switch button')],
  ['language button', ${SHADOW}.querySelector('.language-switch button')],
  ['filters', ${SHADOW}.querySelector('.filter-panel summary')],
  ['zoom button', ${SHADOW}.querySelector('.timeline-controls button')],
  ['legend entry', ${SHADOW}.querySelector('.legend-entry')],
  ['row label', ${SHADOW}.querySelector('.vis-label')],
  ['item title', ${SHADOW}.querySelector('.vis-item .tl-item-title')],
  ['item', ${SHADOW}.querySelector('.vis-item')],
  ['pane heading', ${SHADOW}.querySelector('.detail-pane h2')],
  ['pane close', ${SHADOW}.querySelector('.detail-close')],
  ['fact name', ${SHADOW}.querySelector('.detail-facts dt')],
]`;
const EMBED_PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'color',
  'background-color',
  'box-sizing',
  'padding-top',
  'padding-left',
  'margin-top',
  'border-top-width',
  'border-top-color',
  'list-style-type',
];

const HOST_ELEMENTS = `[
  ['html', document.documentElement],
  ['body', document.body],
  ['h1', document.querySelector('h1')],
  ['h2', document.querySelector('h2')],
  ['intro', document.querySelector('#host-intro')],
  ['button', document.querySelector('#host-button')],
  ['slot', document.querySelector('.embed-slot')],
  ['footer', document.querySelector('#host-footer')],
]`;
const HOST_PROPERTIES = [
  'font-family',
  'font-size',
  'line-height',
  'color',
  'background-color',
  'box-sizing',
  'border-top-width',
  'border-top-color',
  'text-transform',
  'padding-top',
  'margin-top',
];

describe('embedding in another site', () => {
  it('a host page on another origin shows the custom element and the iframe, under its strict CSP', async () => {
    // Tall enough for the whole page: a full-page screenshot resizes the viewport, and the timelines redraw.
    const { page, problems, context } = await openHost('', { width: 1280, height: 1700 });
    // Russian from the `lang` attribute: the UI, the event titles, the row labels.
    const ru = page.locator('#timeline-ru');
    expect(await ru.locator('[data-testid="event-count"]').textContent()).toMatch(/[А-Яа-я]/);
    expect(await ru.locator('.tl-item-title').allTextContents()).toContain(tianjin?.title.ru);
    // The app renders into the shadow root only: nothing of it is in the host's document tree.
    expect(await page.evaluate(`document.querySelectorAll('.page, .vis-timeline').length`)).toBe(0);
    expect(await page.evaluate(`${SHADOW}.querySelectorAll('.vis-item').length > 0`)).toBe(true);
    // The compact layout: no title or export menu, filters folded.
    expect(await ru.locator('h1, .export-menu').count()).toBe(0);
    expect(await ru.locator('.filter-panel').getAttribute('open')).toBeNull();

    // The iframe reports its height and the host's listener sizes the frame to it.
    const inner = await timelineFrame(page);
    await waitForExpression(inner, `document.querySelector('.vis-timeline')?.style.visibility === 'visible'`);
    const contentHeight = await frameSizedToContent(page, inner);
    expect(contentHeight).toBeGreaterThan(300);
    const frame = page.frameLocator('#timeline-frame');
    expect(await frame.locator('h1, .export-menu').count()).toBe(0);
    // Opening the filters makes the frame taller: the ResizeObserver reports again.
    await frame.locator('.filter-panel > summary').click();
    await waitForExpression(inner, `document.querySelector('.filter-panel').open`);
    expect(await frameSizedToContent(page, inner)).toBeGreaterThan(contentHeight + 50);

    await page.screenshot({ path: path.join(outDir, 'embed-host-hostile.png') });
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  it('clicking an item opens the detail pane inside the element; attributes change it at run time', async () => {
    const { page, problems, context } = await openHost();
    const ru = page.locator('#timeline-ru');
    const before = (await page.evaluate('[location.href, history.length, document.title]')) as unknown[];

    await page.evaluate(`window.__selected = [];
      document.querySelector('#timeline-ru').addEventListener('diplomacy-timeline:select', (event) => window.__selected.push(event.detail.eventId));`);
    await ru.locator('.vis-item .tl-item').first().click();
    const pane = ru.locator('[data-testid="detail-pane"]');
    await pane.waitFor();
    expect(await page.evaluate(`${SHADOW}.querySelector('[data-testid="detail-pane"]') !== null`)).toBe(true);
    expect(await pane.locator('.detail-close').textContent()).toMatch(/Закрыть/);
    expect(((await page.evaluate('window.__selected')) as string[]).length).toBe(1);
    await page.screenshot({ path: path.join(outDir, 'embed-host-detail-ru.png') });

    // `lang` switches the language in place; the host's <html lang> and title stay the host's.
    await page.evaluate(`document.querySelector('#timeline-ru').setAttribute('lang', 'en')`);
    await waitForExpression(page, `${SHADOW}.querySelector('.detail-close').textContent.includes('Close')`);
    expect(await ru.locator('[data-testid="event-count"]').textContent()).toMatch(/events/);
    await page.evaluate(`document.querySelector('#timeline-ru').setAttribute('lang', 'ru')`);
    await waitForExpression(page, `${SHADOW}.querySelector('.detail-close').textContent.includes('Закрыть')`);

    // `event` opens another event's pane.
    await page.evaluate(`document.querySelector('#timeline-ru').setAttribute('event', '${tianjin?.id}')`);
    await waitForExpression(
      page,
      `${SHADOW}.querySelector('#detail-title').textContent === ${JSON.stringify(tianjin?.title.ru)}`,
    );
    // Esc closes this embed's pane.
    await pane.locator('.detail-close').focus();
    await page.keyboard.press('Escape');
    await pane.waitFor({ state: 'detached' });
    expect((await page.evaluate('window.__selected')) as string[]).toContain(null);

    // `start`/`end` move the window: a year with no events leaves nothing drawn.
    await page.evaluate(`document.querySelector('#timeline-ru').setAttribute('start', '2023-01-01');
      document.querySelector('#timeline-ru').setAttribute('end', '2023-12-31')`);
    await waitForExpression(page, `${SHADOW}.querySelectorAll('.vis-item').length === 0`);
    await page.evaluate(`document.querySelector('#timeline-ru').setAttribute('start', '2025-08-01');
      document.querySelector('#timeline-ru').setAttribute('end', '2025-09-30')`);
    await waitForExpression(page, `${SHADOW}.querySelectorAll('.vis-item').length > 0`);

    // Nothing of the host page was written: URL, history, title, <html lang>, other libraries' storage keys.
    expect(await page.evaluate('[location.href, history.length, document.title]')).toEqual(before);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const keys = (await page.evaluate('Object.keys(localStorage)')) as string[];
    expect(keys.filter((key) => key !== 'diplomacy-timeline.embed.lng')).toEqual([]);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  it("the host's styles are unchanged by the embeds, and the embeds look the same under hostile CSS", async () => {
    // Before/after on one page: the embed script is held back until the host's styles are measured.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const held = await fresh.newPage();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await held.route('**/embed/diplomacy-timeline.js', async (route) => {
      await gate;
      await route.continue();
    });
    // Not until `load`: the held script delays it.
    await held.goto(hostUrl(), { waitUntil: 'commit' });
    await held.locator('#host-footer').waitFor();
    const hostBefore = await computedStyles(held, HOST_ELEMENTS, HOST_PROPERTIES);
    release();
    await held.locator('#timeline-ru .vis-item').first().waitFor();
    await held.locator('#timeline-broken [data-testid="embed-error"]').waitFor();
    expect(await computedStyles(held, HOST_ELEMENTS, HOST_PROPERTIES)).toEqual(hostBefore);
    await fresh.close();

    // The same embed, on the plain page and under the hostile stylesheet, with its detail pane open.
    const styles: Record<string, Record<string, Record<string, string>>> = {};
    for (const variant of ['plain', 'hostile']) {
      const opened = await openHost(variant === 'plain' ? '&plain=1' : '');
      const embed = opened.page.locator('#timeline-ru');
      await embed.screenshot({ path: path.join(outDir, `embed-element-${variant}-timeline.png`) });
      await embed.locator('.vis-item .tl-item').first().click();
      await embed.locator('[data-testid="detail-pane"] .detail-facts dt').first().waitFor();
      styles[variant] = await computedStyles(opened.page, EMBED_ELEMENTS, EMBED_PROPERTIES);
      await embed.screenshot({ path: path.join(outDir, `embed-element-${variant}-detail.png`) });
      expect(unexpected(opened.problems)).toEqual([]);
      await opened.context.close();
    }
    expect(Object.keys(styles.plain ?? {})).toHaveLength(14);
    expect(styles.hostile).toEqual(styles.plain);
    // And the hostile stylesheet really is hostile: the host's own text is serif and 22px.
    expect(hostBefore.body?.['font-family']).toBe('serif');
    expect(hostBefore.body?.['font-size']).toBe('22px');
  });

  it('a broken URL and a malformed file show an error inside the element; the other embed keeps working', async () => {
    const { page, problems, context } = await openHost();
    const broken = page.locator('#timeline-broken');
    const error = broken.locator('[data-testid="embed-error"]');
    await error.waitFor();
    expect(await error.getAttribute('data-reason')).toBe('http');
    expect(await error.textContent()).toMatch(/could not be shown.*no-such-file\.json.*HTTP 404/);

    for (const [file, reason, text] of [
      ['malformed-corpus.json', 'invalid', /not a timeline corpus.*events\.0/],
      ['not-json.txt', 'not-json', /is not JSON/],
    ] as const) {
      await page.evaluate(
        `document.querySelector('#timeline-broken').setAttribute('src', '${fixtures.url}${file}')`,
      );
      await waitForExpression(
        page,
        `document.querySelector('#timeline-broken').shadowRoot.querySelector('[data-reason="${reason}"]') !== null`,
      );
      expect(await error.textContent()).toMatch(text);
      expect(await error.isVisible()).toBe(true);
    }
    await broken.screenshot({ path: path.join(outDir, 'embed-element-error.png') });

    // The Russian embed beside it is untouched.
    await page.locator('#timeline-ru .vis-item .tl-item').first().click();
    await page.locator('#timeline-ru [data-testid="detail-pane"]').waitFor();
    // A good `src` at run time replaces the error with the timeline.
    await page.evaluate(
      `document.querySelector('#timeline-broken').setAttribute('src', '${bundle.url}corpus/index.json')`,
    );
    await broken.locator('.vis-item').first().waitFor();
    expect(await broken.locator('[data-testid="embed-error"]').count()).toBe(0);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  it('mountTimeline: a host script mounts, drives and destroys a timeline', async () => {
    const { page, problems, context } = await openHost();
    await page.evaluate(`(async () => {
      const { mountTimeline } = await import('${bundle.url}embed/diplomacy-timeline.js');
      const element = document.createElement('section');
      element.id = 'mounted';
      document.body.append(element);
      window.__events = [];
      window.__handle = mountTimeline(element, {
        src: '${bundle.url}corpus/index.json', lang: 'en', height: 360, compact: true,
        onSelect: (id) => window.__events.push('option:' + id),
      });
      window.__handle.on('select', (id) => window.__events.push('on:' + id));
    })()`);
    const mounted = page.locator('#mounted');
    await mounted.locator('.vis-item').first().waitFor();
    expect(
      await page.evaluate(`document.querySelector('#mounted').shadowRoot.firstElementChild.offsetHeight`),
    ).toBe(360);
    await page.evaluate(`window.__handle.selectEvent('${tianjin?.id}')`);
    await mounted.locator('[data-testid="detail-pane"]').waitFor();
    expect(await mounted.locator('#detail-title').textContent()).toBe(tianjin?.title.en);
    await page.evaluate(`window.__handle.setLanguage('ru')`);
    await waitForExpression(
      page,
      `document.querySelector('#mounted').shadowRoot.querySelector('#detail-title').textContent === ${JSON.stringify(tianjin?.title.ru)}`,
    );
    expect(await page.evaluate('window.__events')).toEqual([`option:${tianjin?.id}`, `on:${tianjin?.id}`]);
    await page.evaluate('window.__handle.destroy()');
    expect(await page.evaluate(`document.querySelector('#mounted').shadowRoot.childNodes.length`)).toBe(0);
    // The other embeds on the page were not disturbed.
    expect(await page.locator('#timeline-ru .vis-item').count()).toBeGreaterThan(0);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  it('the embed passes axe inside its shadow root, timeline and detail pane', async () => {
    const { page, context } = await openHost();
    expect(await axeSeriousViolations(page, axeSource, '#timeline-ru')).toEqual([]);
    await page.locator('#timeline-ru .vis-item .tl-item').first().click();
    await page.locator('#timeline-ru [data-testid="detail-pane"]').waitFor();
    expect(await axeSeriousViolations(page, axeSource, '#timeline-ru')).toEqual([]);
    // The broken embed's error box, once it is there.
    await page.locator('#timeline-broken [data-testid="embed-error"]').waitFor();
    expect(await axeSeriousViolations(page, axeSource, '#timeline-broken')).toEqual([]);
    await context.close();
  });

  it('the build publishes the declarations beside the script, naming exactly what the script exports', async () => {
    const published = readFileSync(path.join(root, 'dist/embed/diplomacy-timeline.d.ts'), 'utf8');
    expect(published).toBe(readFileSync(path.join(root, 'src/embed/public-api.d.ts'), 'utf8'));
    const declared = [...published.matchAll(/^export declare (?:function|class|const) (\w+)/gm)]
      .map((match) => match[1])
      .sort();
    const { page, context } = await openHost();
    const exported = await page.evaluate(
      `import('${bundle.url}embed/diplomacy-timeline.js').then((module) => Object.keys(module).sort())`,
    );
    expect(exported).toEqual(declared);
    await context.close();
  });
});

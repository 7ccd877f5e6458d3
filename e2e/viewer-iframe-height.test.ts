import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForExpression } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
let browser: Browser;
let host: StaticServer;

/**
 * A host page on its own origin whose iframe embed sits far below the fold, as in a long article read on a
 * phone: Chromium does not run the rendering steps (ResizeObserver among them) of a cross-origin frame out
 * of view, so a frame that only measures itself there reports its loading line's height until scrolled to.
 */
beforeAll(async () => {
  browser = await launchChromium();
  const dir = path.join(root, '.cache/e2e/variants/iframe-host');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="host.css"><script src="host.js" defer></script></head>
<body><p class="article page">A long article.</p><div id="below"></div></body></html>`,
  );
  writeFileSync(
    path.join(dir, 'host.css'),
    `body { margin: 0 } .article { height: 3000px } iframe { width: 100%; border: 0; display: block }`,
  );
  writeFileSync(
    path.join(dir, 'host.js'),
    `window.__heights = [];
addEventListener('message', (event) => {
  if (event.data?.type !== 'diplomacy-timeline:height') return;
  window.__heights.push(event.data.height);
  document.querySelector('iframe').style.height = event.data.height + 'px';
});
const frame = document.createElement('iframe');
frame.title = 'Timeline';
frame.src = new URLSearchParams(location.search).get('src');
document.querySelector('#below').append(frame);`,
  );
  // The host's own favicon request would be a 404 in the page's console.
  writeFileSync(path.join(dir, 'favicon.ico'), '');
  host = await serveStatic(dir, { csp: "default-src 'self'; frame-src *" });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

describe('issue 15 item 2: the iframe embed below the fold on a phone', () => {
  it('reports its drawn height before it is scrolled into view, and never less than a sane minimum', async () => {
    const src = `${inject('urls').sample}?embed=1&lng=en`;
    const { page, problems } = await openPage(browser, `${host.url}?src=${encodeURIComponent(src)}`, {
      viewport: { width: 390, height: 800 },
    });
    const frame = await embedFrame(page);
    await frame.waitForSelector('.page', { state: 'attached' });
    // The app is drawn in the frame (the page is out of view: only the DOM is there yet).
    await waitForExpression(frame, `document.querySelector('.page') !== null`, 10_000);
    const content = (await frame.evaluate(
      `new Promise((resolve) => setTimeout(() => resolve(Math.ceil(document.documentElement.getBoundingClientRect().height)), 300))`,
    )) as number;
    expect(content).toBeGreaterThan(300);
    // Not scrolled: the host already knows the frame's real height.
    await waitForExpression(page, `window.__heights.at(-1) === ${content}`, 5000);
    const heights = (await page.evaluate('window.__heights')) as number[];
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(300);
    expect(await page.evaluate('scrollY')).toBe(0);
    expect(problems).toEqual([]);
  });
});

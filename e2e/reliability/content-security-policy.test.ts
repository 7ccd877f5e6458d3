import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showArticleTexts } from '../app-page.ts';
import { launchChromium, openPage } from '../browser.ts';
import { STRICT_CSP, type StaticServer, serveStatic } from '../static-server.ts';
import { type EmbedHost, openHostPage, serveEmbedHost } from './embedHost.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

let browser: Browser;
/** `vite preview`, the server `npm start` runs, over the seeds build of the global setup. */
let previewServer: PreviewServer;
let previewUrl: string;
/** The same build from a server that sends no policy at all: only the page's own meta tag can hold. */
let bare: StaticServer;
let embeds: EmbedHost;

beforeAll(async () => {
  browser = await launchChromium();
  previewServer = await preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  previewUrl = previewServer.resolvedUrls?.local[0] ?? '';
  bare = await serveStatic(dist, { csp: '' });
  embeds = await serveEmbedHost();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([previewServer?.close(), bare?.close(), embeds?.close()]);
});

/** Whether the page may add a style element of its own: the first thing a strict `style-src` forbids. */
async function inlineStyleApplies(page: Page): Promise<boolean> {
  return (await page.evaluate(`(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid red }';
    document.head.append(style);
    const applied = getComputedStyle(document.body).outlineWidth === '7px';
    style.remove();
    return applied;
  })()`)) as boolean;
}

/** Opens the app, an event, its article texts, the Russian UI, the list view and the export menu. */
async function useTheApp(page: Page) {
  await page.locator('.vis-item').first().waitFor();
  await page.locator('.vis-item .tl-item').first().click();
  await showArticleTexts(page);
  await page.locator('[data-lng="ru"]').click();
  await page.locator('.view-switch button').nth(1).click();
}

describe('issue 14 item 2: the strict Content-Security-Policy ships with the build', () => {
  it('the built index.html carries the policy in a meta tag ahead of every script and stylesheet', () => {
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    // As an attribute value, the quotes may be written as a character reference.
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(STRICT_CSP);
    const at = meta?.index ?? Number.POSITIVE_INFINITY;
    expect(at).toBeLessThan(html.indexOf('<script'));
    expect(at).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  });

  it('served with no policy header, the page enforces its meta policy, and the app runs under it cleanly', async () => {
    const { page, problems, context } = await openPage(browser, `${bare.url}?lng=en&view=timeline`);
    await useTheApp(page);
    expect(problems).toEqual([]);
    expect(await inlineStyleApplies(page)).toBe(false);
    // Reported asynchronously.
    await expect
      .poll(() => problems.some((problem) => problem.startsWith('csp: style-src-elem inline')))
      .toBe(true);
    await context.close();
  });

  it('vite preview sends the policy as a header; the app and its ?embed=1 form load with no violation', async () => {
    const response = await fetch(previewUrl);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    const app = await openPage(browser, `${previewUrl}?lng=en&view=timeline`);
    await useTheApp(app.page);
    expect(app.problems).toEqual([]);
    await app.context.close();
    const frame = await openPage(browser, `${previewUrl}?embed=1&lng=en`);
    await frame.page.locator('.vis-item .tl-item').first().click();
    await showArticleTexts(frame.page);
    expect(frame.problems).toEqual([]);
    await frame.context.close();
  });

  it('the custom element in examples/host.html, under a host policy as strict, loads with no violation', async () => {
    // examples/ on its own origin, the bundle on the other, as embed.test.ts serves them.
    const host = await serveStatic(path.join(root, 'examples'), {
      csp: STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${new URL(embeds.bundle.url).origin}`)
        .replace("connect-src 'self'", `connect-src 'self' ${new URL(embeds.bundle.url).origin}`)
        .concat(`; frame-src ${new URL(embeds.bundle.url).origin}`),
    });
    try {
      const watched = await openHostPage(
        browser,
        `${host.url}host.html?bundle=${encodeURIComponent(embeds.bundle.url)}`,
      );
      const element = watched.page.locator('#timeline-ru');
      await element.locator('.vis-item .tl-item').first().click();
      await element.locator('[data-testid="detail-pane"]').waitFor();
      // As a reader scrolls down to it: a frame out of view is not painted.
      await watched.page.locator('#timeline-frame').scrollIntoViewIfNeeded();
      // Drawn: an item in view (items outside the window are in the page but hidden).
      await watched.page
        .frameLocator('#timeline-frame')
        .locator('.vis-item')
        .filter({ visible: true })
        .first()
        .waitFor();
      // The broken embed's 404 is the page's own doing (it shows an error inside its box).
      expect(watched.problems.filter((problem) => !/Failed to load resource: .*404/.test(problem))).toEqual(
        [],
      );
      await watched.context.close();
    } finally {
      await host.close();
    }
  });
});

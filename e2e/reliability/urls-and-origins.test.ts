import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type PreviewServer, preview, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { type StaticServer, serveStatic } from '../static-server.ts';
import { openHostPage } from './embedHost.ts';

const root = path.resolve(import.meta.dirname, '../..');
const configFile = path.join(root, 'vite.config.ts');

/** Paths with a `%` that starts no valid escape, or escapes bytes that are not UTF-8, under each kind of route. */
const MALFORMED = [
  '%',
  '%E0%A4%A',
  'corpus/%E0%A4%A',
  'corpus/texts/%zz.json',
  'src/app/%ZZmain.tsx',
  'assets/%C0.js',
];

async function answers(base: string) {
  const statuses: Record<string, number> = {};
  const bodies: string[] = [];
  for (const malformed of MALFORMED) {
    const response = await fetch(`${base}${malformed}`);
    statuses[malformed] = response.status;
    bodies.push(await response.text());
  }
  // Still up, and serving: the bad requests cost nothing.
  statuses.index = (await fetch(base)).status;
  return { statuses, bodies };
}

const allBadRequest = { ...Object.fromEntries(MALFORMED.map((malformed) => [malformed, 400])), index: 200 };

describe('issue 14 item 5: servers answer a malformed % escape with 400', () => {
  let dev: ViteDevServer | undefined;
  let previewServer: PreviewServer | undefined;
  afterAll(async () => {
    await dev?.close();
    await previewServer?.close();
  });

  it('the dev server (`vite`) answers 400, with no stack trace, and keeps serving', async () => {
    dev = await createServer({
      root,
      configFile,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, strictPort: false, open: false, watch: null },
    });
    await dev.listen();
    const { statuses, bodies } = await answers(dev.resolvedUrls?.local[0] ?? '');
    expect(statuses).toEqual(allBadRequest);
    for (const body of bodies) expect(body).not.toMatch(/ at |Error|stack/i);
  });

  it('the preview server (`npm start`) answers 400 too', async () => {
    previewServer = await preview({
      root,
      configFile,
      logLevel: 'silent',
      build: { outDir: path.join(root, 'dist') },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const { statuses } = await answers(previewServer.resolvedUrls?.local[0] ?? '');
    expect(statuses).toEqual(allBadRequest);
  });
});

describe('issue 14 item 5: examples/host.html loads the timeline only from its own origin', () => {
  let browser: Browser;
  let examples: StaticServer;
  beforeAll(async () => {
    browser = await launchChromium();
    examples = await serveStatic(path.join(root, 'examples'));
  });
  afterAll(async () => {
    await browser?.close();
    await examples?.close();
  });

  it('a ?bundle= on another site is refused with a message, and nothing is requested from it', async () => {
    const elsewhere = 'https://cdn.example.invalid/timeline/';
    const { page, context, requests } = await openHostPage(
      browser,
      `${examples.url}host.html?bundle=${encodeURIComponent(elsewhere)}`,
    );
    const refusal = page.locator('#bundle-refused');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('https://cdn.example.invalid');
    await page.waitForLoadState('load');
    expect(requests.filter((url) => !url.startsWith(examples.url))).toEqual([]);
    await context.close();
  });
});

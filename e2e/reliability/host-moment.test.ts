import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser.ts';
import { type EmbedHost, openHostPage, serveEmbedHost } from './embedHost.ts';

let browser: Browser;
let embeds: EmbedHost;
beforeAll(async () => {
  browser = await launchChromium();
  embeds = await serveEmbedHost();
});
afterAll(async () => {
  await browser?.close();
  await embeds?.close();
});

/** The page's own moment, left there by another of its scripts: callable, with a version, nothing moment-like. */
const PAGES = {
  'set on window, as an old moment build does': {
    file: 'host.html',
    initScript: `window.moment = function () { return {}; }; window.moment.version = '1.7.2';`,
  },
  "declared by a classic script's var (not deletable)": {
    file: 'host-with-var-moment.html',
    initScript: undefined,
  },
};

/** Items and axis labels drawn inside one embed's shadow root. */
async function drawn(page: Page, selector: string) {
  const box = page.locator(selector);
  await box.locator('.vis-item .tl-item-title').first().waitFor();
  await box.locator('.vis-time-axis .vis-text.vis-major:not(.vis-measure)').first().waitFor();
  return {
    items: await box.locator('.vis-item .tl-item-title').count(),
    axisLabels: (await box.locator('.vis-time-axis .vis-text').allTextContents()).filter((text) =>
      text.trim(),
    ),
  };
}

describe("issue 14 item 3: the embeds never use the host page's window.moment", () => {
  for (const [how, { file, initScript }] of Object.entries(PAGES)) {
    it(`a broken moment ${how}: both embeds still draw their items and axis, and the page keeps its moment`, async () => {
      const { page, context, problems } = await openHostPage(
        browser,
        embeds.pageUrl(file),
        initScript ? { initScript } : {},
      );
      for (const selector of ['#element', '#mounted']) {
        const { items, axisLabels } = await drawn(page, selector);
        expect(items, selector).toBeGreaterThan(0);
        expect(axisLabels.length, selector).toBeGreaterThan(1);
        expect(axisLabels.join(' '), selector).toMatch(
          /20\d\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
        );
      }
      // Set aside while vis-timeline loaded, and given back: the page's other scripts still find it.
      expect(await page.evaluate('window.moment?.version')).toBe('1.7.2');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

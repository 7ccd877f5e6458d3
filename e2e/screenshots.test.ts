import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { showArticleTexts } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';

/** Pictures for a person to look at (not compared automatically): test-results/ is gitignored. */
const outDir = path.resolve(import.meta.dirname, '../test-results/screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(outDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('screenshots', () => {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const lng of ['en', 'ru']) {
      it(`${device} ${lng}: timeline, list and detail pane`, async () => {
        for (const build of ['sample', 'seeds'] as const) {
          const { page, problems, context } = await openPage(
            browser,
            `${inject('urls')[build]}?lng=${lng}&view=timeline`,
            { viewport },
          );
          // On a phone the pane is a fixed sheet over the screen: a full-page picture would show it out of place.
          const shot = (name: string, fullPage = true) =>
            page.screenshot({ path: path.join(outDir, `${build}-${device}-${lng}-${name}.png`), fullPage });
          await page.locator('.vis-item').first().waitFor();
          await shot('timeline');
          await page.locator('.view-switch button').nth(1).click();
          await page.locator('.event-list').waitFor();
          await shot('list');
          await page.locator('.event-list [data-event-row]').last().click();
          await showArticleTexts(page);
          // Opening the texts scrolled the pane; the picture should start at the event's title.
          await page.evaluate(`document.querySelector('.detail-pane').scrollTop = 0`);
          await shot('detail', device === 'desktop');
          expect(problems).toEqual([]);
          await context.close();
        }
      });
    }
  }
});

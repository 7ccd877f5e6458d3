import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeSeriousViolations, launchChromium, openPage } from './browser.ts';

const shots = path.resolve(import.meta.dirname, '../.cache/shots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('issue 15 beyond: share, year strip, stepper, spellings and the about note stay axe-clean', () => {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const lng of ['en', 'ru'] as const) {
      it(`${device}, ${lng}: timeline with the strip, the pane with its buttons, the about dialog`, async () => {
        const app = inject('urls').sample;
        const { page, problems } = await openPage(browser, `${app}?lng=${lng}&view=timeline`, { viewport });
        await page.getByTestId('year-strip').waitFor();
        await page.screenshot({ path: path.join(shots, `beyond-${device}-${lng}-timeline.png`) });
        expect(await axeSeriousViolations(page, axeSource)).toEqual([]);

        await page.goto(`${app}?lng=${lng}&view=list&event=evt-2025-09-05-kz-mn-meeting`);
        await page.locator('[data-step="next"]').waitFor();
        // The fallback field, the most the share button ever shows.
        await page.evaluate(
          `Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })`,
        );
        await page.locator('.detail-actions .share-button').click();
        await page.locator('.detail-actions .share-field').waitFor();
        await page.screenshot({ path: path.join(shots, `beyond-${device}-${lng}-detail.png`) });
        expect(await axeSeriousViolations(page, axeSource)).toEqual([]);

        await page.keyboard.press('Escape');
        await page.locator('.about-open').click();
        await page.locator('.about-dialog').waitFor();
        await page.screenshot({ path: path.join(shots, `beyond-${device}-${lng}-about.png`) });
        expect(await axeSeriousViolations(page, axeSource)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  }

  it('a large corpus: the strip over many years, desktop and phone', async () => {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const { page } = await openPage(browser, `${inject('urls').large}?lng=ru&view=timeline`, { viewport });
      await page.getByTestId('year-strip').waitFor();
      await page.screenshot({ path: path.join(shots, `beyond-${device}-ru-large.png`) });
      expect(await axeSeriousViolations(page, axeSource, '[data-testid="year-strip"]')).toEqual([]);
    }
  });
});

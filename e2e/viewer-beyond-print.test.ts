import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './browser.ts';

const shots = path.resolve(import.meta.dirname, '../.cache/shots');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const visible = (page: Page, selector: string) =>
  page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].some((el) => el.getClientRects().length > 0)`,
  ) as Promise<boolean>;

const LABELS = {
  en: { countries: 'Countries', participants: 'Participants' },
  ru: { countries: 'Страны', participants: 'Участники' },
} as const;

describe('issue 15 beyond: printing shows the filtered events as a list, without the controls', () => {
  for (const lng of ['en', 'ru'] as const) {
    it(`${lng}: the printed page lists exactly what the filters show, with date, countries and participants`, async () => {
      const { page, problems } = await openPage(
        browser,
        `${inject('urls').sample}?lng=${lng}&view=list&countries=MN`,
      );
      await page.locator('.event-list').waitFor();
      const onScreen = await page.locator('.event-list .event-row-title').allTextContents();
      expect(onScreen.length).toBeGreaterThan(0);
      expect(await visible(page, '[data-testid="print-list"]')).toBe(false);

      await page.emulateMedia({ media: 'print' });
      await page.getByTestId('print-list').waitFor();
      expect(await page.locator('[data-testid="print-list"] .print-title').allTextContents()).toEqual(
        onScreen,
      );
      for (const selector of ['.app-header', '.filter-panel', '.event-list', 'button', 'input', 'select'])
        expect(await visible(page, selector), selector).toBe(false);
      const first = page.locator('[data-print-event]').first();
      expect(await first.locator('.print-date').textContent()).toMatch(/\d{4}/);
      expect(await first.locator('.print-countries').textContent()).toContain(`${LABELS[lng].countries}: `);
      expect(await first.locator('.print-participants').textContent()).toContain(
        `${LABELS[lng].participants}: `,
      );
      await page.screenshot({ path: path.join(shots, `beyond-print-${lng}.png`), fullPage: true });

      await page.emulateMedia({ media: 'screen' });
      await page.locator('[data-testid="print-list"]').waitFor({ state: 'detached' });
      expect(await visible(page, '.app-header')).toBe(true);
      expect(problems).toEqual([]);
    });
  }

  it('from the timeline view too: the timeline and its legend are not printed, the list is', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&view=timeline`);
    await page.locator('.vis-timeline').waitFor();
    // What a real print dialog sends first (before the print layout), not only the emulated media.
    await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
    expect(await page.locator('[data-print-event]').count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await visible(page, '.vis-timeline')).toBe(false);
    expect(await visible(page, '[data-testid="year-strip"]')).toBe(false);
    expect(await visible(page, '[data-testid="print-list"]')).toBe(true);
  });
});

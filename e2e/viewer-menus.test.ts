import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HOME_COUNTRY, type TimelineIndex } from '#schema';
import { waitForExpression } from './app-page.ts';
import { axeSeriousViolations, launchChromium, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const MENUS = [
  { name: 'Countries', menu: '.country-menu', panel: '.country-panel' },
  { name: 'Export', menu: '.export-menu', panel: '.export-options' },
] as const;

const isOpen = (page: Page, menu: string) =>
  page.evaluate(`document.querySelector('${menu}').open`) as Promise<boolean>;

async function openMenu(page: Page, menu: string) {
  await page.locator(`${menu} > summary`).click();
  await waitForExpression(page, `document.querySelector('${menu}').open`);
}

describe('issue 15 item 7: the Countries and Export menus', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    for (const { name, menu, panel } of MENUS) {
      it(`${name}, ${viewport.width} px wide: Esc closes it (focus back on its toggle), a click outside closes it, and it stays inside the window`, async () => {
        const { page, problems } = await openPage(browser, `${inject('urls').sample}?lng=en&view=list`, {
          viewport,
        });
        // On a phone the filters start folded.
        if (menu === '.country-menu' && !(await page.locator(menu).isVisible()))
          await page.locator('.filter-panel > summary').click();

        await openMenu(page, menu);
        await page.keyboard.press('Escape');
        expect(await isOpen(page, menu)).toBe(false);
        expect(
          await page.evaluate(`document.activeElement === document.querySelector('${menu} > summary')`),
        ).toBe(true);

        await openMenu(page, menu);
        await page.locator('h1').click();
        expect(await isOpen(page, menu)).toBe(false);

        await openMenu(page, menu);
        const inside = `(() => { const b = document.querySelector('${panel}').getBoundingClientRect();
          return b.width > 0 && b.left >= 0 && b.right <= document.documentElement.clientWidth && b.bottom <= innerHeight; })()`;
        // The panel is placed once the menu has drawn its contents (the country list is built on opening);
        // if it never fits, the numbers below say by how much.
        await waitForExpression(page, inside, 2000).catch(() => undefined);
        const box =
          (await page.evaluate(`(() => { const b = document.querySelector('${panel}').getBoundingClientRect();
          return { left: b.left, right: b.right, bottom: b.bottom, width: document.documentElement.clientWidth, height: innerHeight }; })()`)) as {
            left: number;
            right: number;
            bottom: number;
            width: number;
            height: number;
          };
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(box.width);
        expect(box.bottom).toBeLessThanOrEqual(box.height);
        expect(problems).toEqual([]);
      });
    }
  }

  it('the country list puts the most frequent partners first and has a search box', async () => {
    const url = inject('urls').large;
    const { events } = (await (await fetch(`${url}corpus/index.json`)).json()) as TimelineIndex;
    const counts = new Map<string, number>();
    for (const event of events) {
      if (!event.countries.includes(HOME_COUNTRY)) continue;
      for (const code of new Set(event.countries))
        if (code !== HOME_COUNTRY) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());

    const { page, problems } = await openPage(browser, `${url}?lng=en&view=timeline`);
    await openMenu(page, '.country-menu');
    // The list is built from the index once it has loaded, which on a loaded machine is after the menu opens.
    await waitForExpression(page, `document.querySelectorAll('.country-menu [data-country]').length > 1`);
    const listed = (await page.evaluate(
      `[...document.querySelectorAll('.country-menu [data-country]')].map((input) => input.dataset.country)`,
    )) as string[];
    expect(counts.get(listed[0] ?? '')).toBe(top);
    const listedCounts = listed.filter((code) => code !== 'none').map((code) => counts.get(code) ?? 0);
    expect(listedCounts).toEqual([...listedCounts].sort((a, b) => b - a));

    const search = page.getByRole('searchbox', { name: 'Find a country' });
    await search.fill('mongol');
    await waitForExpression(page, `document.querySelectorAll('.country-menu [data-country]').length === 1`);
    expect(await page.locator('.country-menu [data-country]').getAttribute('data-country')).toBe('MN');
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    expect(await axeSeriousViolations(page, axeSource, '.filter-panel')).toEqual([]);
    expect(problems).toEqual([]);
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { latinOnlyLabels, showArticleTexts, waitForExpression } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';
import corpusJson from './fixtures/sample-corpus/corpus.json' with { type: 'json' };

const RUSSIAN_MONTH = /янв|февр|март|апр|май|мая|июн|июл|авг|сент|окт|нояб|дек/i;
const ENGLISH_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const dated = corpusJson.events.find((event) => event.id === 'evt-2025-09-05-kz-mn-meeting');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The axis labels' text; the tests open a window of a few months, so month names are on screen. */
async function axisText(page: Page): Promise<string> {
  await page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').first().waitFor();
  return (await page.locator('.vis-time-axis').allTextContents()).join(' ');
}

const monthWindow = 'start=2025-06-01&end=2025-12-31';

describe('languages', () => {
  it('?lng=ru shows a Russian UI, titles and axis; English replaces them all without a reload, and sticks', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=ru&view=timeline&${monthWindow}`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.title()).toBe('Дипломатическая хроника Казахстана');
    expect(await page.locator('h1').textContent()).toBe('Дипломатическая хроника Казахстана');
    expect(await page.locator('.tl-item-title').allTextContents()).toContain(dated?.title.ru);
    expect(await axisText(page)).toMatch(RUSSIAN_MONTH);
    expect(await page.locator('.vis-labelset').textContent()).toContain('Монголия');

    await page.evaluate('window.__sameDocument = true');
    await page.locator('[data-lng="en"]').click();
    await waitForExpression(page, `document.documentElement.lang === 'en'`);
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    expect(page.url()).toContain('lng=en');
    expect(await page.title()).toBe("Kazakhstan's diplomatic timeline");
    expect(await page.locator('.tl-item-title').allTextContents()).toContain(dated?.title.en);
    const axis = await axisText(page);
    expect(axis).toMatch(ENGLISH_MONTH);
    expect(axis).not.toMatch(RUSSIAN_MONTH);
    expect(await page.locator('.vis-labelset').textContent()).toContain('Mongolia');

    // The choice is remembered: a link without ?lng opens in the language picked last.
    await page.locator('[data-lng="ru"]').click();
    await page.goto(inject('urls').sample);
    await page.waitForSelector('.page');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
  });

  it('a browser set to Russian gets Russian when neither the link nor a saved choice says otherwise', async () => {
    const { page } = await openPage(browser, inject('urls').sample, { locale: 'ru-RU' });
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
  });

  for (const lng of ['en', 'ru'] as const) {
    it(`every screen in ${lng} has all its i18n keys${lng === 'ru' ? ' and no untranslated Latin label' : ''}`, async () => {
      const { page, problems } = await openPage(
        browser,
        `${inject('urls').sample}?debugI18n=1&lng=${lng}&view=timeline`,
      );
      const latin: string[] = [];
      const check = async () => {
        if (lng === 'ru') latin.push(...(await latinOnlyLabels(page)));
      };
      await check();
      await page.locator('.country-menu summary').click();
      await page.locator('.export-menu summary').click();
      await check();
      await page.locator('.vis-item .tl-item').first().click();
      await showArticleTexts(page);
      await check();
      await page.keyboard.press('Escape');
      await page.locator('.view-switch button').nth(1).click();
      await page.locator('.event-list').waitFor();
      await check();
      await page.locator('.chip.type-visit input').check();
      await page.locator('.filter-search input').fill('zzzz');
      await page.locator('.empty-state').waitFor();
      await check();
      expect(await page.evaluate('window.__i18nMissing')).toEqual([]);
      expect([...new Set(latin)]).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

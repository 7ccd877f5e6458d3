import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForExpression } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('issue 15 (minor): the UI language', () => {
  it('Back never flips the language: an earlier entry reopens in the language chosen since', async () => {
    const { page, problems } = await openPage(browser, `${inject('urls').sample}?lng=en&view=list`);
    await page.locator('.event-list [data-event-row]').first().click();
    await page.locator('[data-testid="detail-pane"]').waitFor();
    await page.getByRole('button', { name: 'Русский' }).click();
    await waitForExpression(page, `document.documentElement.lang === 'ru'`);
    await page.goBack();
    await waitForExpression(page, `document.querySelector('[data-testid="detail-pane"]') === null`);
    expect(await page.evaluate('document.documentElement.lang')).toBe('ru');
    expect(await page.locator('.event-list h2').textContent()).toBe('События по дате');
    expect(new URL(page.url()).searchParams.get('lng')).toBe('ru');
    expect(problems).toEqual([]);
  });

  it('a browser set to Kazakh gets the Russian UI', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?view=list`, { locale: 'kk-KZ' });
    await page.locator('.event-list').waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('ru');
    expect(await page.locator('.event-list h2').textContent()).toBe('События по дате');
  });
});

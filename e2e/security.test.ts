import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { showArticleTexts } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const pwned = (page: import('playwright-core').Page) => page.evaluate('window.__pwned');

describe('content security policy', () => {
  for (const build of ['seeds', 'sample'] as const) {
    it(`the ${build} build runs under the strict CSP with no violation or console error`, async () => {
      const { page, problems } = await openPage(browser, `${inject('urls')[build]}?lng=en&view=timeline`);
      await page.locator('.vis-item').first().waitFor();
      await page.locator('.vis-item .tl-item').first().click();
      await showArticleTexts(page);
      await page.locator('[data-lng="ru"]').click();
      await page.locator('.view-switch button').nth(1).click();
      await page.locator('.export-menu summary').click();
      expect(problems).toEqual([]);
    });
  }
});

describe('hostile text', () => {
  it('markup in titles, names, places, outlets and article text shows as text and runs nothing', async () => {
    const { page, problems, dialogs } = await openPage(
      browser,
      `${inject('urls').hostileCorpus}?lng=en&view=timeline`,
    );
    const item = page.locator('.vis-item .tl-item-title').first();
    expect(await item.textContent()).toContain('<script>window.__pwned=1</script>');
    await item.click();
    await showArticleTexts(page);
    const pane = page.getByTestId('detail-pane');
    const paneText = (await pane.textContent()) ?? '';
    for (const literal of ['<script>', '<img src=x onerror=', 'Guest <img', 'Wire <img', '" onmouseover="']) {
      expect(paneText).toContain(literal);
    }
    // The evidence highlight is a <mark> of text, not parsed markup.
    expect(await pane.locator('mark').first().textContent()).toContain('<img src=x');
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    // A javascript: source URL is never turned into a link.
    expect(await pane.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.locator('.view-switch button').nth(1).click();
    await page.locator('.event-list [data-event-row]').first().hover();
    // The list beside the timeline folds its entries by reason: open them all to see every string.
    await page.evaluate(
      `document.querySelectorAll('.outside details').forEach((group) => { group.open = true; })`,
    );
    await page.locator('.outside li').first().waitFor();
    expect(await page.locator('.outside').textContent()).toContain('problem <img src=x');
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('article files carrying script, extracted by the pipeline, stay text', async () => {
    const { page, problems, dialogs } = await openPage(
      browser,
      `${inject('urls').hostileText}?lng=en&view=list`,
    );
    const rows = page.locator('[data-event-row]');
    let sawLiteralScript = false;
    for (let i = 0; i < (await rows.count()); i++) {
      await rows.nth(i).click();
      await showArticleTexts(page);
      sawLiteralScript ||= ((await page.getByTestId('detail-pane').textContent()) ?? '').includes('<script>');
      await page.keyboard.press('Escape');
    }
    const bodyText = (await page.locator('body').textContent()) ?? '';
    expect(
      sawLiteralScript || bodyText.includes('<script>'),
      'the literal <script> text is visible somewhere',
    ).toBe(true);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});

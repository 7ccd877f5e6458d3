import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activeEventRow, isTimelineFocused, showArticleTexts, waitForExpression } from './app-page.ts';
import { axeSeriousViolations, launchChromium, openPage } from './browser.ts';
import corpusJson from './fixtures/sample-corpus/corpus.json' with { type: 'json' };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const allIds = corpusJson.events.map((event) => event.id).sort();
const datedIds = corpusJson.events.filter((event) => event.date !== null).map((event) => event.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard', () => {
  it('the list reaches every event with Tab and arrows; Enter opens the pane and Esc returns focus to the row', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&view=list`);
    // Tab from the top of the page until the first event row has focus.
    for (let i = 0; i < 60 && !(await activeEventRow(page)); i++) await page.keyboard.press('Tab');
    const reached: string[] = [];
    for (let i = 0; i < allIds.length; i++) {
      const id = await activeEventRow(page);
      if (id) reached.push(id);
      await page.keyboard.press('ArrowDown');
    }
    expect([...new Set(reached)].sort()).toEqual(allIds);

    const row = await activeEventRow(page);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="detail-pane"]').waitFor();
    expect(await page.evaluate('document.activeElement?.id')).toBe('detail-title');
    await page.keyboard.press('Escape');
    await waitForExpression(page, `document.activeElement?.dataset.eventRow === ${JSON.stringify(row)}`);
    expect(await page.locator('[data-testid="detail-pane"]').count()).toBe(0);
  });

  it('the timeline is one tab stop whose arrow keys visit every dated event; Enter opens, Esc comes back', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&view=timeline`);
    for (let i = 0; i < 60 && !(await isTimelineFocused(page)); i++) await page.keyboard.press('Tab');
    expect(await isTimelineFocused(page)).toBe(true);
    await page.keyboard.press('Home');
    const visited = new Set<string>();
    const items = (await page.locator('.vis-item:not(.tl-bucket-item)').count()) + 1;
    for (let i = 0; i < items; i++) {
      await page.keyboard.press('Enter');
      const title = await page.locator('#detail-title').textContent();
      const event = corpusJson.events.find((candidate) => candidate.title.en === title);
      if (event) visited.add(event.id);
      await page.keyboard.press('Escape');
      await waitForExpression(page, `document.activeElement?.hasAttribute('data-timeline-focus')`);
      await page.keyboard.press('ArrowRight');
    }
    expect([...visited].sort()).toEqual([...datedIds].sort());
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    expect(await isTimelineFocused(page)).toBe(true);
  });
});

describe('accessibility (axe-core)', () => {
  it('has no serious or critical violation in the timeline, the list and the open detail pane', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&view=timeline`);
    expect(await axeSeriousViolations(page, axeSource)).toEqual([]);
    await page.locator('.view-switch button').nth(1).click();
    await page.locator('.event-list').waitFor();
    expect(await axeSeriousViolations(page, axeSource)).toEqual([]);
    await page.locator('.event-list [data-event-row]').first().click();
    await showArticleTexts(page);
    expect(await axeSeriousViolations(page, axeSource)).toEqual([]);
    await page.goto(`${inject('urls').sample}?lng=ru&view=timeline&event=${datedIds[0]}`);
    await page.locator('[data-testid="detail-pane"]').waitFor();
    expect(await axeSeriousViolations(page, axeSource)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activeEventRow } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';
import corpusJson from './fixtures/sample-corpus/corpus.json' with { type: 'json' };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** axe's findings for the given rules only (the landmark and scrolling rules are not all "serious"). */
async function axeRuleViolations(page: Page, rules: string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'rule', values: ${JSON.stringify(rules)} } })`,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

const LANDMARK_RULES = ['landmark-unique', 'landmark-no-duplicate-main', 'landmark-no-duplicate-banner'];

describe('issue 15 (minor): accessibility', () => {
  it('every landmark has a name of its own, in both languages, both views and with the pane open', async () => {
    for (const lng of ['en', 'ru']) {
      const { page, context } = await openPage(browser, `${inject('urls').sample}?lng=${lng}&view=timeline`);
      await page.locator('.timeline-view').waitFor();
      expect(await axeRuleViolations(page, LANDMARK_RULES), `${lng} timeline`).toEqual([]);
      await page.goto(`${inject('urls').sample}?lng=${lng}&view=list&event=${corpusJson.events[0]?.id}`);
      await page.locator('[data-testid="detail-pane"]').waitFor();
      expect(await axeRuleViolations(page, LANDMARK_RULES), `${lng} list and pane`).toEqual([]);
      await context.close();
    }
  });

  it('the row-label column can be reached with the keyboard when it scrolls', async () => {
    const { page } = await openPage(browser, `${inject('urls').large}?lng=en&view=timeline`, {
      viewport: { width: 1280, height: 600 },
    });
    await page.locator('.vis-timeline .vis-label').first().waitFor();
    expect(await axeRuleViolations(page, ['scrollable-region-focusable'])).toEqual([]);
  });

  it('in the list, Home and End go to the first and the last event, under a heading per year', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&view=list`);
    const rows = page.locator('.event-list [data-event-row]');
    const ids = await rows.evaluateAll((buttons) =>
      buttons.map((button) => (button as { dataset: Record<string, string> }).dataset.eventRow),
    );
    await rows.nth(1).focus();
    await page.keyboard.press('End');
    expect(await activeEventRow(page)).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect(await activeEventRow(page)).toBe(ids[0]);

    const years = corpusJson.events
      .map((event) => (event.date ? event.date.start.slice(0, 4) : 'Date unknown'))
      .filter((year, index, all) => all.indexOf(year) === index);
    const headings = await page.locator('.event-list h3').allTextContents();
    expect([...headings].sort()).toEqual([...years].sort());
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { detailFacts } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';
import corpusJson from './fixtures/sample-corpus/corpus.json' with { type: 'json' };

const tianjin = corpusJson.events.find((event) => event.id === 'evt-2025-08-30-kz-cn-talks');
const nurSultan = corpusJson.events.find((event) => event.id === 'evt-2021-04-08-kz-ru-meeting');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const paneTitle = (page: import('playwright-core').Page) => page.locator('#detail-title').textContent();
const checkedTypes = (page: import('playwright-core').Page) =>
  page.evaluate(
    `[...document.querySelectorAll('.filter-types input:checked')].map((input) => input.parentElement.className.replace('chip type-', ''))`,
  );

describe('links and history', () => {
  it('a link to an id an earlier corpus gave opens the event that holds it now, under its current id', async () => {
    const [oldId, currentId] = Object.entries(corpusJson.aliases ?? {})[0] ?? [];
    expect(currentId).toBe(tianjin?.id);
    const { page, problems } = await openPage(browser, `${inject('urls').sample}?event=${oldId}&lng=en`);
    expect(await paneTitle(page)).toBe(tianjin?.title.en);
    await page.waitForURL(new RegExp(`event=${currentId}`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a link with ?event, ?types and ?lng reopens that event, those filters and that language after a reload', async () => {
    const { page, problems } = await openPage(
      browser,
      `${inject('urls').sample}?event=${tianjin?.id}&types=talks,summit&lng=ru&view=list`,
    );
    for (let pass = 0; pass < 2; pass++) {
      expect(await paneTitle(page)).toBe(tianjin?.title.ru);
      expect(await checkedTypes(page)).toEqual(['talks', 'summit']);
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      // Only talks and summits are listed: the Mongolian meeting is filtered out.
      expect(await page.locator('.event-list [data-event-row]').count()).toBe(
        corpusJson.events.filter((event) => event.type === 'talks' || event.type === 'summit').length,
      );
      await page.reload();
    }
    expect((await detailFacts(page)).place).toContain('Тяньцзинь');
    expect(problems).toEqual([]);
  });

  it('back and forward walk through opened events and filter changes', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&view=list`);
    await page.locator(`[data-event-row="${tianjin?.id}"]`).click();
    expect(await paneTitle(page)).toBe(tianjin?.title.en);
    await page.locator(`.event-list [data-event-row="${nurSultan?.id}"]`).click();
    expect(await paneTitle(page)).toBe(nurSultan?.title.en);
    await page.locator('.chip.type-meeting input').check();
    await page.waitForURL(/types=meeting/);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('types='));
    expect(await checkedTypes(page)).toEqual([]);
    expect(await paneTitle(page)).toBe(nurSultan?.title.en);
    await page.goBack();
    await page.waitForURL(new RegExp(`event=${tianjin?.id}`));
    expect(await paneTitle(page)).toBe(tianjin?.title.en);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('event='));
    expect(await page.locator('[data-testid="detail-pane"]').count()).toBe(0);
    await page.goForward();
    expect(await paneTitle(page)).toBe(tianjin?.title.en);
  });

  it('keeps the timeline window in the link', async () => {
    const { page } = await openPage(
      browser,
      `${inject('urls').sample}?lng=en&view=timeline&start=2021-01-01&end=2021-12-31`,
    );
    const axis = await page.locator('.vis-time-axis.vis-foreground').first().textContent();
    expect(axis).toContain('2021');
    expect(axis).not.toContain('2025');
  });

  it('an empty result says so and "clear filters" brings the events back', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&q=nothing-matches-this`);
    await page.getByText('No event matches these filters.').waitFor();
    await page.locator('.empty-state button').click();
    await page.waitForURL((url) => !url.search.includes('q='));
    expect(await page.getByTestId('event-count').textContent()).toBe(`${corpusJson.events.length} events`);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TimelineIndex } from '#schema';
import { launchChromium, openPage } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
// The sample build's own index (the global setup built it before any test file loads).
const corpus = JSON.parse(
  readFileSync(path.join(root, '.cache/e2e/sample/corpus/index.json'), 'utf8'),
) as TimelineIndex;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The events of a type in date order (undated last), as a reader would sort them by hand. */
function byDate(type: string) {
  return corpus.events
    .filter((event) => event.type === type)
    .sort((a, b) => {
      if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.id.localeCompare(b.id);
      return a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);
    });
}

const heading = (page: Page) => page.locator('#detail-title').textContent();

describe('issue 15 beyond: previous and next event buttons in the pane', () => {
  for (const lng of ['en', 'ru'] as const) {
    it(`${lng}: Tab and Enter walk the filtered events in date order, and stop at either end`, async () => {
      const talks = byDate('talks');
      expect(talks.length).toBeGreaterThanOrEqual(2);
      const [first, second] = talks;
      const { page, problems } = await openPage(
        browser,
        `${inject('urls').sample}?lng=${lng}&view=list&types=talks&event=${first?.id}`,
      );
      await page.locator('#detail-title').waitFor();
      expect(await heading(page)).toBe(first?.title[lng]);
      const previous = page.locator('[data-step="previous"]');
      const next = page.locator('[data-step="next"]');
      expect(await previous.isDisabled()).toBe(true);

      await page.locator('#detail-title').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.dataset.step')).toBe('next');
      await page.keyboard.press('Enter');
      await page.locator('#detail-title', { hasText: second?.title[lng] ?? '' }).waitFor();
      expect(new URL(page.url()).searchParams.get('event')).toBe(second?.id);

      for (let i = 2; i < talks.length; i++) await next.click();
      expect(await heading(page)).toBe(talks.at(-1)?.title[lng]);
      expect(await next.isDisabled()).toBe(true);

      await page.locator('#detail-title').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.dataset.step')).toBe('previous');
      await page.keyboard.press('Enter');
      await page.locator('#detail-title', { hasText: talks.at(-2)?.title[lng] ?? '' }).waitFor();
      expect(problems).toEqual([]);
    });
  }
});

describe("issue 15 beyond: each name's other-language spelling in the pane", () => {
  const event = corpus.events.find((candidate) =>
    candidate.participants.some((person) => person.name.en !== person.name.ru),
  );
  for (const [lng, other] of [
    ['en', 'ru'],
    ['ru', 'en'],
  ] as const) {
    it(`${lng}: every participant shows the ${other} spelling beside the ${lng} one`, async () => {
      if (!event) throw new Error('the sample corpus has no participant with two spellings');
      const { page } = await openPage(
        browser,
        `${inject('urls').sample}?lng=${lng}&view=list&event=${event.id}`,
      );
      const people = page.locator('[data-fact="participants"] > li');
      await people.first().waitFor();
      const texts = (await people.allTextContents()).map((text) => text.replace(/\s+/g, ' '));
      const expected = event.participants.map((person) =>
        person.name.en === person.name.ru ? person.name[lng] : `${person.name[lng]} (${person.name[other]})`,
      );
      expect(texts.map((text) => text.split(' — ')[0])).toEqual(expected);
      expect(await page.locator('[data-other-spelling] bdi').first().getAttribute('lang')).toBe(other);
    });
  }
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TimelineIndex } from '#schema';
import { timelineRows, waitForExpression } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
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

const NOUNS = {
  en: { one: 'event', other: 'events' },
  ru: { one: 'событие', few: 'события', many: 'событий', other: 'события' },
} as const;
function eventsText(lng: 'en' | 'ru', count: number): string {
  const nouns: Record<string, string> = NOUNS[lng];
  return `${count} ${nouns[new Intl.PluralRules(lng).select(count)] ?? nouns.other}`;
}

/** Dated events by start year, from the first year to the last. */
function expectedYears(): Map<number, number> {
  const years = corpus.events.flatMap((event) => (event.date ? [Number(event.date.start.slice(0, 4))] : []));
  const counts = new Map<number, number>();
  for (let year = Math.min(...years); year <= Math.max(...years); year++)
    counts.set(year, years.filter((y) => y === year).length);
  return counts;
}

describe('issue 15 beyond: the events-per-year strip above the rows', () => {
  for (const lng of ['en', 'ru'] as const) {
    it(`${lng}: one labelled bar per year with its count; a click shows that year`, async () => {
      const { page, problems } = await openPage(browser, `${inject('urls').sample}?lng=${lng}&view=timeline`);
      const strip = page.getByTestId('year-strip');
      await strip.waitFor();
      const counts = expectedYears();
      const bars = strip.locator('button[data-year]');
      expect(await bars.count()).toBe(counts.size);
      for (const [year, count] of counts) {
        const bar = strip.getByRole('button', { name: `${year}: ${eventsText(lng, count)}`, exact: true });
        expect(await bar.count()).toBe(1);
        // Seen as well as heard: the count and the year are written on the bar.
        expect(await bar.locator('.year-strip-count').textContent()).toBe(String(count));
        expect(await bar.locator('.year-strip-year').textContent()).toBe(String(year));
      }
      // Above the rows: the strip ends before the timeline begins.
      const stripBox = await strip.boundingBox();
      const timelineBox = await page.locator('.vis-timeline').boundingBox();
      expect((stripBox?.y ?? 0) + (stripBox?.height ?? 0)).toBeLessThanOrEqual(timelineBox?.y ?? 0);

      const lonely = corpus.events.find((event) => event.date?.start.startsWith('2021'));
      if (!lonely) throw new Error('the sample corpus has no 2021 event');
      await strip.locator('button[data-year="2021"]').click();
      await waitForExpression(page, `new URL(location.href).searchParams.get('start') === '2021-01-01'`);
      expect(new URL(page.url()).searchParams.get('end')).toBe('2022-01-01');
      // The window is 2021: its event is drawn, and the 2025 ones are not.
      await waitForExpression(
        page,
        `[...document.querySelectorAll('.vis-item .tl-item-title')].some((el) => el.textContent === ${JSON.stringify(lonely.title[lng])})`,
      );
      const drawn = Object.values(await timelineRows(page)).flat();
      const later = corpus.events.filter((event) => event.date?.start.startsWith('2025'));
      expect(drawn.filter((title) => later.some((event) => event.title[lng] === title))).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

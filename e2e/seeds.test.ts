import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../src/i18n/en.json' with { type: 'json' };
import { detailFacts, timelineRows } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';

/** The hand-checked facts of the five seed articles: expectations come from here, never from the app. */
interface GoldArticle {
  file: string;
  event_date_start: string | null;
  event_type: keyof typeof en.types;
  countries: string[];
  participants: { name_en: string; name_ru: string; country: string }[];
  same_event_as: string[];
  event_date_also_ok?: (string | null)[];
}
const gold = JSON.parse(
  readFileSync(new URL('./fixtures/seeds-gold.json', import.meta.url), 'utf8'),
) as GoldArticle[];

/** Articles the gold says report the same event become one expected event with all their files. */
function goldEvents() {
  const seen = new Set<string>();
  return gold.flatMap((article) => {
    if (seen.has(article.file)) return [];
    const files = [article.file, ...article.same_event_as];
    for (const file of files) seen.add(file);
    return [{ ...article, files, partner: article.countries.find((code) => code !== 'KZ') ?? '' }];
  });
}

const regionName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
const longDay = (iso: string) =>
  new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens every item of a timeline row and every undated event, returning the facts each pane shows. */
async function openEveryEvent(page: Page) {
  const opened: { row: string | null; facts: Record<string, string>; sources: number }[] = [];
  const rows = await timelineRows(page);
  const rowCodes = Object.keys(rows);
  for (const [index, row] of rowCodes.entries()) {
    const items = page.locator('.vis-foreground .vis-group').nth(index).locator('.vis-item .tl-item');
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).click();
      opened.push({ row, facts: await detailFacts(page), sources: await page.locator('.source').count() });
      await page.keyboard.press('Escape');
    }
  }
  const undated = page.locator('.outside [data-event-row]');
  for (let i = 0; i < (await undated.count()); i++) {
    await undated.nth(i).click();
    opened.push({
      row: null,
      facts: await detailFacts(page),
      sources: await page.locator('.source').count(),
    });
    await page.keyboard.press('Escape');
  }
  return { rows, opened };
}

describe('the seed articles, extracted by the pipeline at build time', () => {
  it('draws each partner country as a row holding its events, and opens each with the gold facts', async () => {
    const { page, problems } = await openPage(browser, `${inject('urls').seeds}?lng=en&view=timeline`);
    const { rows, opened } = await openEveryEvent(page);
    const expected = goldEvents();

    // Rows are exactly the partner countries of the gold events.
    expect(Object.keys(rows).sort()).toEqual([...new Set(expected.map((event) => event.partner))].sort());

    for (const event of expected) {
      const names = event.participants.map((person) => person.name_en);
      const match = opened.find((candidate) =>
        names.every((name) => candidate.facts.participants?.includes(name)),
      );
      expect(match, `an event with ${names.join(' and ')}`).toBeDefined();
      if (!match) continue;
      const { facts } = match;
      expect(facts.countries).toContain(regionName(event.partner));
      expect(facts.type).toContain(en.types[event.event_type]);
      for (const person of event.participants)
        expect(facts.participants).toContain(regionName(person.country));
      expect(match.sources, `sources of ${event.files.join(', ')}`).toBe(event.files.length);
      const undatedIsOk = event.event_date_also_ok?.includes(null) ?? false;
      if (match.row === null) {
        expect(undatedIsOk, `${event.file} may only be undated if the gold allows it`).toBe(true);
      } else {
        // Drawn in its partner's row, on the gold day (or in the gold month).
        expect(match.row).toBe(event.partner);
        const start = event.event_date_start ?? '';
        const shown = start.length === 10 ? longDay(start) : start.slice(0, 4);
        expect(facts.date).toContain(shown);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows the participants in Russian with ?lng=ru', async () => {
    const { page } = await openPage(browser, `${inject('urls').seeds}?lng=ru&view=list`);
    const rows = page.locator('.event-list [data-event-row]');
    const shownNames: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      await rows.nth(i).click();
      shownNames.push((await detailFacts(page)).participants ?? '');
      await page.keyboard.press('Escape');
    }
    for (const person of gold.flatMap((article) => article.participants)) {
      expect(shownNames.join('\n')).toContain(person.name_ru);
    }
  });
});

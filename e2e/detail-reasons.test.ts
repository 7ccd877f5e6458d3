import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { latinOnlyLabels } from './app-page.ts';
import { axeSeriousViolations, launchChromium, openPage } from './browser.ts';
import corpusJson from './fixtures/sample-corpus/corpus.json' with { type: 'json' };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Set SHOTS=1 to keep pictures of the pane for a person to look at (not compared). */
const shotsDir = process.env.SHOTS ? path.resolve(import.meta.dirname, '../.cache/shots') : null;

const reasoned = corpusJson.events.find((event) => event.date?.reasons?.length);
const merged = corpusJson.events.find((event) => event.merges?.length);
const mergedArticle = merged?.merges?.[0]?.articleId;
const leadArticle = merged?.articleIds.find((id) => id !== mergedArticle);

// Written out here rather than read from the i18n files, so that a wrong translation fails the test.
const EXPECTED = {
  en: {
    heading: 'Why this year:',
    office: 'Xi Jinping has been president since March 14, 2013',
    meeting: /^The SCO summit in Tianjin was held on August 31 – September 1, 2025$/,
    names: ['Xi Jinping', 'SCO summit', 'Tianjin'],
    merge: 'Joined: published within two days of the event',
  },
  ru: {
    heading: 'Почему этот год:',
    office: 'Си Цзиньпин — президент с 14 марта 2013 г. по сей день',
    meeting: /^Саммит ШОС в городе Тяньцзинь — 31 августа – 1 сентября 2025 г\.$/,
    names: ['Си Цзиньпин', 'Саммит ШОС', 'Тяньцзинь'],
    merge: 'Отнесено сюда: опубликовано в пределах двух дней от события',
  },
} as const;
const OTHER_SCRIPT = { en: /[А-Яа-яЁё]/, ru: /[A-Za-z]/ } as const;
const KEY_LIKE = /\b(dateReasons|roleAs|merges|roles)\.[a-z_]+/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const pane = '[data-testid="detail-pane"]';
// Intl puts no-break and thin spaces into dates.
const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());

async function openEvent(lng: 'en' | 'ru', id: string | undefined) {
  const watched = await openPage(browser, `${inject('urls').sample}?debugI18n=1&lng=${lng}&event=${id}`);
  await watched.page.locator(pane).waitFor();
  return watched;
}

describe('the detail pane says why a date has its year and why a report was joined to the event', () => {
  it('the fixture carries an event with date reasons and a multi-source event with a merge reason', () => {
    expect(reasoned?.date?.reasons?.map((reason) => reason.kind)).toEqual(['office', 'meeting']);
    expect(mergedArticle).toBeDefined();
    expect(leadArticle).toBeDefined();
  });

  for (const lng of ['en', 'ru'] as const) {
    const expected = EXPECTED[lng];

    it(`${lng}: one line per date reason under the date, in ${lng}, names isolated, no raw key, axe clean`, async () => {
      const { page, problems } = await openEvent(lng, reasoned?.id);
      const reasons = `${pane} [data-fact="date"] [data-fact="dateReasons"]`;
      expect(await texts(page, `${reasons} > p`)).toEqual([expected.heading]);
      const lines = await texts(page, `${reasons} li`);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe(expected.office);
      expect(lines[1]).toMatch(expected.meeting);
      expect(await texts(page, `${reasons} li bdi`)).toEqual(expected.names);
      for (const line of lines) {
        expect(line).not.toMatch(OTHER_SCRIPT[lng]);
        expect(line).not.toMatch(KEY_LIKE);
      }
      if (lng === 'ru') expect(await latinOnlyLabels(page)).toEqual([]);
      expect(await page.evaluate('window.__i18nMissing')).toEqual([]);
      expect(await axeSeriousViolations(page, axeSource, pane)).toEqual([]);
      if (shotsDir)
        await page.locator(pane).screenshot({ path: path.join(shotsDir, `detail-reasons-${lng}.png`) });
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it(`${lng}: a joined report says why it was joined; the most precise report has no note`, async () => {
      const { page, problems } = await openEvent(lng, merged?.id);
      expect(await texts(page, `${pane} [data-article="${mergedArticle}"] .source-merge`)).toEqual([
        expected.merge,
      ]);
      expect(await page.locator(`${pane} [data-article="${leadArticle}"] .source-merge`).count()).toBe(0);
      const [note = ''] = await texts(page, `${pane} .source-merge`);
      expect(note).not.toMatch(OTHER_SCRIPT[lng]);
      expect(note).not.toMatch(KEY_LIKE);
      expect(await page.evaluate('window.__i18nMissing')).toEqual([]);
      expect(await axeSeriousViolations(page, axeSource, pane)).toEqual([]);
      if (shotsDir)
        // The pane scrolls inside itself: picture the sources, where the notes are.
        await page
          .locator(`${pane} .detail-sources`)
          .screenshot({ path: path.join(shotsDir, `detail-merges-${lng}.png`) });
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});

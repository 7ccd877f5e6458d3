import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForExpression } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

/** The test split's scores in the latest row of README's "How well the extraction holds" table. */
function latestTestScores(): Record<string, number> {
  const lines = readme.split('\n');
  const header = lines.find((line) => line.startsWith('| pipeline'));
  const latest = lines.findIndex((line) => /^\|.*latest\)/.test(line));
  const cells = (line: string) => line.split('|').map((cell) => cell.trim());
  if (!header || latest < 0) throw new Error('README.md has no table row marked "latest"');
  const testRow = [lines[latest], lines[latest + 1]].find((line) => line && cells(line)[2] === 'test');
  if (!testRow) throw new Error('README.md’s latest row has no test split');
  const names = cells(header);
  const values = cells(testRow);
  return Object.fromEntries(
    ['date', 'countries', 'participants'].map((name) => [name, Number(values[names.indexOf(name)])]),
  );
}

const percent = (share: number | undefined, lng: 'en' | 'ru') =>
  `${Math.round((share ?? Number.NaN) * 100)}${lng === 'ru' ? ' ' : ''}%`;

const EXPECTED = {
  en: (s: Record<string, number>) =>
    `on a set of 130 real articles, the main event's date was right for about ${percent(s.date, 'en')}, its countries for about ${percent(s.countries, 'en')} and its participants for about ${percent(s.participants, 'en')}`,
  ru: (s: Record<string, number>) =>
    `на наборе из 130 реальных статей дата главного события была верной примерно в ${percent(s.date, 'ru')} случаев, страны — примерно в ${percent(s.countries, 'ru')}, участники — примерно в ${percent(s.participants, 'ru')}`,
};
const OPEN = { en: 'About the data', ru: 'О данных' } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('issue 15 beyond: an "about the data" note reachable from the header', () => {
  for (const lng of ['en', 'ru'] as const) {
    it(`${lng}: says events are extracted by rules without machine translation, and cites README's latest test scores`, async () => {
      const { page, problems } = await openPage(browser, `${inject('urls').sample}?lng=${lng}`);
      const button = page.locator('.app-header').getByRole('button', { name: OPEN[lng], exact: true });
      await button.click();
      const dialog = page.getByRole('dialog', { name: OPEN[lng] });
      await dialog.waitFor();
      const text = ((await dialog.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text).toContain(EXPECTED[lng](latestTestScores()));
      expect(text).toMatch(lng === 'en' ? /by rules/ : /по правилам/);
      expect(text).toMatch(lng === 'en' ? /nothing is machine-translated/ : /машинного перевода нет/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await waitForExpression(page, `document.activeElement?.classList.contains('about-open') === true`);
      expect(problems).toEqual([]);
    });
  }

  it('in the compact iframe layout as well', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?embed=1&lng=en`);
    await page.getByRole('button', { name: OPEN.en, exact: true }).click();
    await page.getByRole('dialog', { name: OPEN.en }).waitFor();
  });
});

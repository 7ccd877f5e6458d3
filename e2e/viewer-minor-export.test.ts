import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, label: string): Promise<string> {
  if ((await page.locator('.export-menu[open]').count()) === 0)
    await page.locator('.export-menu summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.export-options button', { hasText: label }).click(),
  ]);
  return readFile((await file.path()) ?? '', 'utf8');
}

describe('issue 15 (minor): exports in the chosen language', () => {
  it('the Russian page offers a semicolon CSV for Excel and a calendar with descriptions, both in Russian', async () => {
    const { page, problems } = await openPage(
      browser,
      `${inject('urls').sample}?lng=ru&view=list&types=talks`,
    );
    const csv = await download(page, 'Excel');
    expect(csv.startsWith('\uFEFF"id";"начало";"конец";')).toBe(true);
    expect(csv).toContain('"Переговоры"');
    const ics = (await download(page, 'Календарь')).replace(/\r\n /g, '');
    expect(ics).toMatch(/\r\nDESCRIPTION:Тип: Переговоры/);
    expect(problems).toEqual([]);
  });
});

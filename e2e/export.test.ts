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

async function download(page: Page, button: number): Promise<string> {
  if ((await page.locator('.export-menu[open]').count()) === 0)
    await page.locator('.export-menu summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.export-options button').nth(button).click(),
  ]);
  return readFile((await file.path()) ?? '', 'utf8');
}

describe('export', () => {
  it('downloads exactly the filtered events as CSV (in the UI language), JSON and iCalendar', async () => {
    const { page, problems } = await openPage(
      browser,
      `${inject('urls').sample}?lng=ru&view=list&types=talks`,
    );
    const csv = await download(page, 0);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('"заголовок"');
    // The type filter keeps events whose main type is talks (the sample has two).
    expect(lines).toHaveLength(1 + 2);
    expect(csv).toContain('Токаев и Си Цзиньпин провели переговоры в Тяньцзине');

    const json = JSON.parse(await download(page, 1)) as { events: { id: string; type: string }[] };
    expect(json.events.map((event) => event.type)).toEqual(['talks', 'talks']);

    const ics = await download(page, 2);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250830');
    // Month precision: the whole of October 2024.
    expect(ics).toContain('DTSTART;VALUE=DATE:20241001\r\nDTEND;VALUE=DATE:20241101');
    expect(problems).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Problem, UnplacedCode } from '#schema';
import { waitForExpression } from './app-page.ts';
import { axeSeriousViolations, launchChromium, openPage } from './browser.ts';
import { serveSampleVariant } from './corpus-variant.ts';
import type { StaticServer } from './static-server.ts';

let browser: Browser;
let server: StaticServer;

/** 1,500 unplaced files, as a real folder leaves them: four reasons, and a problem on every duplicate. */
const UNPLACED = 1500;
const REASONS: { code: UnplacedCode; reason: string; every: number }[] = [
  { code: 'single_country', reason: 'names fewer than two countries', every: 2 },
  { code: 'no_event', reason: 'no diplomatic event found', every: 3 },
  { code: 'duplicate', reason: 'the same text as another file', every: 5 },
  { code: 'other_language', reason: 'written in Kazakh', every: 1 },
];
const reasonOf = (n: number) => REASONS.find(({ every }) => n % every === 0) ?? (REASONS[3] as never);
const fileOf = (n: number) => `unplaced/${String(n).padStart(4, '0')}_report.txt`;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveSampleVariant('many-unplaced', (index) => {
    const extra: Article[] = [];
    const problems: Problem[] = [];
    for (let n = 0; n < UNPLACED; n++) {
      const { code, reason } = reasonOf(n);
      extra.push({
        id: `u-${n}`,
        file: fileOf(n),
        lang: 'ru',
        title: `Сообщение номер ${n}`,
        published: '2024-05-01',
        source: null,
        eventIds: [],
        unplacedReason: reason,
        unplacedCode: code,
        // Every entry opens a text: the sample's unplaced article's, which the build published.
        textUrl: 'texts/007.json',
        textLength: 400,
      });
      if (code === 'duplicate')
        problems.push({
          file: fileOf(n),
          code: 'duplicate',
          severity: 'warning',
          message: `the same text as ${fileOf(n + 1)}: listed once, not as a second source`,
        });
    }
    return { ...index, articles: [...index.articles, ...extra], problems: [...index.problems, ...problems] };
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('issue 15 item 6: the unplaced articles and problems at 1,500 entries', () => {
  it('groups them by reason with counts, folded; a search finds one file, which shows its name, its reason and its text; no file twice', async () => {
    const { page, problems } = await openPage(browser, `${server.url}?lng=en&view=timeline`);
    const outside = page.getByTestId('outside');
    await outside.waitFor();
    const expected = new Map<string, number>();
    for (let n = 0; n < UNPLACED; n++)
      expected.set(reasonOf(n).code, (expected.get(reasonOf(n).code) ?? 0) + 1);
    // The sample's own unplaced article has no code: its group is its reason's words.
    for (const [code, count] of expected) {
      const group = page.getByTestId(`outside-unplaced-${code}`);
      expect(await group.getAttribute('open')).toBeNull();
      expect(await group.locator('summary .chip-count').textContent()).toBe(count.toLocaleString('en'));
    }
    // Folded groups hold no entries at all: 1,500 rows are built only when asked for.
    expect(await outside.locator('li.outside-file').count()).toBe(0);

    // A duplicate's problem is told in its unplaced entry, not listed again among the problems.
    expect(await page.getByTestId('outside-problems-duplicate').count()).toBe(0);

    await outside.getByRole('searchbox', { name: 'Find a file, title or reason' }).fill('0025_report');
    await waitForExpression(
      page,
      `document.querySelectorAll('[data-testid="outside"] li.outside-file').length === 1`,
    );
    const entry = outside.locator('li.outside-file');
    expect(await entry.getAttribute('data-file')).toBe(fileOf(25));
    const text = await entry.textContent();
    expect(text).toContain(fileOf(25));
    expect(text).toContain(`the same text as ${fileOf(26)}`);
    await entry.getByRole('button', { name: /Show article text/ }).click();
    await entry.getByTestId('article-text').waitFor();

    // Opened, one group lists each of its files once.
    await outside.getByRole('searchbox').fill('');
    const group = page.getByTestId('outside-unplaced-single_country');
    await group.locator('summary').click();
    await waitForExpression(
      page,
      `document.querySelectorAll('[data-testid="outside-unplaced-single_country"] li.outside-file').length > 0`,
    );
    const files = (await page.evaluate(
      `[...document.querySelectorAll('[data-testid="outside-unplaced-single_country"] li.outside-file')].map((li) => li.dataset.file)`,
    )) as string[];
    expect(files).toHaveLength(expected.get('single_country') ?? 0);
    expect(new Set(files).size).toBe(files.length);
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    expect(await axeSeriousViolations(page, axeSource, '[data-testid="outside"]')).toEqual([]);
    expect(problems).toEqual([]);
  });
});

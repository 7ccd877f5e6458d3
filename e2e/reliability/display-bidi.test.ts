import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '#schema';
import { waitForExpression } from '../app-page.ts';
import { launchChromium, openPage } from '../browser.ts';
import { serveSampleVariant } from '../corpus-variant.ts';
import type { StaticServer } from '../static-server.ts';

const RLO = '\u202e';
const ZALGO = '\u0301\u0316\u0337\u0322\u0308'.repeat(8);
const EVENT_ID = 'evt-2025-08-30-kz-cn-talks';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  // Every kind of displayed string an article gives, each with an override left open or a pile of marks.
  server = await serveSampleVariant('hostile-bidi', (index) => {
    const event = index.events.find((each) => each.id === EVENT_ID) as TimelineEvent;
    event.title = { en: `Talks ${RLO}in Tianjin`, ru: `Переговоры ${RLO}в Тяньцзине` };
    const person = event.participants[0];
    if (person) person.name = { en: `Xi${ZALGO} ${RLO}Jinping`, ru: `Си${ZALGO} ${RLO}Цзиньпин` };
    if (event.location) event.location.name = { en: `${RLO}Tianjin`, ru: `${RLO}Тяньцзинь` };
    for (const article of index.articles) {
      if (event.articleIds.includes(article.id) || article.unplacedReason !== null) {
        article.title = `${RLO}${article.title}${ZALGO}`;
        article.source = { name: `Outlet${ZALGO} ${RLO}news`, url: null };
      }
    }
    return index;
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Text nodes with a right-to-left override that no isolating element wraps exactly (an element whose
 * computed `unicode-bidi` isolates and whose text is that string), and the longest run of combining marks
 * in any visible text.
 */
async function bidiAndMarks(page: Page): Promise<{ leaking: string[]; longestMarkRun: number }> {
  return (await page.evaluate(`(() => {
    const leaking = [];
    let longestMarkRun = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      for (const run of text.match(/\\p{M}+/gu) ?? []) longestMarkRun = Math.max(longestMarkRun, run.length);
      if (!text.includes('${RLO}')) continue;
      let isolated = false;
      for (let element = node.parentElement; element && element !== document.body; element = element.parentElement) {
        const bidi = getComputedStyle(element).unicodeBidi;
        if (/isolate|plaintext/.test(bidi) && element.textContent.trim() === text.trim()) { isolated = true; break; }
        if (element.textContent.trim() !== text.trim()) break;
      }
      if (!isolated) leaking.push(text);
    }
    return { leaking, longestMarkRun };
  })()`)) as { leaking: string[]; longestMarkRun: number };
}

describe('issue 14: article-derived strings on screen', () => {
  for (const lng of ['en', 'ru']) {
    it(`${lng}: a right-to-left override in a title, name, place, outlet or file stays inside it; runs of marks are capped (timeline, list, pane, unplaced list)`, async () => {
      const { page, problems } = await openPage(browser, `${server.url}?lng=${lng}&view=timeline`);
      await waitForExpression(page, `document.querySelectorAll('.vis-item .tl-item-title').length > 0`);
      await page.evaluate(
        `document.querySelectorAll('details.outside-group').forEach((group) => { group.open = true; })`,
      );
      await page.locator('li.outside-file').first().waitFor();
      const timeline = await bidiAndMarks(page);
      expect(timeline.leaking).toEqual([]);
      expect(timeline.longestMarkRun).toBeLessThanOrEqual(4);

      await page.goto(`${server.url}?lng=${lng}&view=list&event=${EVENT_ID}`);
      await page.getByTestId('detail-pane').waitFor();
      const list = await bidiAndMarks(page);
      expect(list.leaking).toEqual([]);
      expect(list.longestMarkRun).toBeLessThanOrEqual(4);
      // Something hostile was on screen to check: the pane shows the overridden place and the piled name.
      expect(await page.getByTestId('detail-pane').textContent()).toContain(RLO);
      expect(problems).toEqual([]);
    });
  }
});

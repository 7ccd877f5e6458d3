import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TimelineEvent, TimelineIndex } from '#schema';
import { timelineRows, waitForExpression } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';
import { serveSampleVariant } from './corpus-variant.ts';
import type { StaticServer } from './static-server.ts';

let browser: Browser;
const servers: StaticServer[] = [];
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function variant(name: string, change: (index: TimelineIndex) => TimelineIndex): Promise<string> {
  const server = await serveSampleVariant(name, change);
  servers.push(server);
  return server.url;
}

/** Titles of the event items whose box meets the timeline's visible area. */
async function titlesInView(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const area = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
    return [...document.querySelectorAll('.vis-item:not(.tl-bucket-item) .tl-item-title')]
      .filter((title) => {
        const box = title.closest('.vis-item').getBoundingClientRect();
        return box.right > area.left && box.left < area.right;
      })
      .map((title) => title.textContent);
  })()`)) as string[];
}

/** For each drawn row, the distinct tops of its count bars (one value: one line of bars). */
const BAR_LINES = `(() => {
  const labels = [...document.querySelectorAll('.vis-labelset .vis-label')];
  const groups = [...document.querySelectorAll('.vis-foreground .vis-group')];
  const lines = {};
  labels.forEach((label, index) => {
    const row = label.querySelector('[data-row]')?.dataset.row;
    const bars = [...(groups[index]?.querySelectorAll('.vis-item.tl-bucket-item') ?? [])];
    if (row && bars.length > 1) lines[row] = new Set(bars.map((bar) => Math.round(bar.getBoundingClientRect().top))).size;
  });
  return lines;
})()`;

/**
 * Every painted box (a border or a background that is not transparent) inside one-day items, with its
 * width in pixels: only the dot may be painted, so nothing there reads as a span of time.
 */
const POINT_BOXES = `(() => {
  const painted = (el) => {
    const style = getComputedStyle(el);
    const border = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(style['border' + side + 'Width']) > 0 && style['border' + side + 'Style'] !== 'none');
    const background = style.backgroundImage !== 'none' || !/rgba\\(.*, 0\\)$|transparent/.test(style.backgroundColor) && !/rgba\\(255, 255, 255, 0\\.[0-9]+\\)/.test(style.backgroundColor);
    return border || background;
  };
  const boxes = [];
  for (const item of document.querySelectorAll('.vis-item.vis-point:not(.vis-selected)')) {
    for (const el of [item, ...item.querySelectorAll('*')]) {
      if (painted(el)) boxes.push({ title: item.querySelector('.tl-item-title')?.textContent, width: el.getBoundingClientRect().width });
    }
  }
  for (const dot of document.querySelectorAll('.vis-item.vis-dot')) boxes.push({ title: 'dot', width: dot.getBoundingClientRect().width });
  return boxes;
})()`;

describe('issue 15: the timeline as users find it', () => {
  it('item 1: after a search that matched nothing is cleared, the timeline shows the events again, not an empty today', async () => {
    const { page, problems } = await openPage(browser, `${inject('urls').sample}?lng=en&view=timeline`);
    await waitForExpression(page, `document.querySelectorAll('.vis-item .tl-item-title').length > 0`);
    const before = await titlesInView(page);
    expect(before.length).toBeGreaterThanOrEqual(5);

    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('qqqzzzxx');
    await page.waitForSelector('.empty-state');
    await search.fill('');
    await waitForExpression(page, `document.querySelectorAll('.vis-item .tl-item-title').length > 0`);
    // The window follows in a redraw after the items: wait for it to bring every event back into view.
    await waitForExpression(
      page,
      `(() => { const area = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
        return [...document.querySelectorAll('.vis-item:not(.tl-bucket-item)')].filter((item) => {
          const box = item.getBoundingClientRect(); return box.right > area.left && box.left < area.right; }).length >= ${before.length}; })()`,
    );
    expect((await titlesInView(page)).sort()).toEqual([...before].sort());
    expect(problems).toEqual([]);
  });

  it('item 3: zoomed out on many events, each row draws its count bars on one line', async () => {
    const { page, problems } = await openPage(browser, `${inject('urls').large}?lng=en&view=timeline`);
    await waitForExpression(page, `document.querySelector('.vis-item.tl-bucket-item') !== null`, 15_000);
    await waitForExpression(page, `Object.keys(${BAR_LINES}).length >= 3`);
    const lines = (await page.evaluate(BAR_LINES)) as Record<string, number>;
    expect(Object.keys(lines).length).toBeGreaterThanOrEqual(3);
    for (const [row, count] of Object.entries(lines))
      expect({ row, lines: count }).toEqual({ row, lines: 1 });
    expect(problems).toEqual([]);
  });

  it('item 4: zoomed out, a one-day event paints only its dot (its label is plain text), whatever the width its label takes', async () => {
    const { page, problems } = await openPage(
      browser,
      `${inject('urls').sample}?lng=en&view=timeline&start=2019-01-01&end=2028-01-01`,
    );
    await waitForExpression(page, `document.querySelectorAll('.vis-item.vis-point').length >= 3`);
    const boxes = (await page.evaluate(POINT_BOXES)) as { title: string; width: number }[];
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    // Ten years over a thousand pixels: a day is a fraction of a pixel, so the dot (10 px) is all that is painted.
    for (const box of boxes)
      expect({ title: box.title, tooWide: box.width > 12 }).toEqual({ title: box.title, tooWide: false });
    expect(problems).toEqual([]);
  });

  it('item 4: an event dated after today is drawn, listed and described as not yet held, even when no report called it planned', async () => {
    const nextYear = new Date().getFullYear() + 1;
    const url = await variant('future-event', (index) => {
      const event = index.events.find((each) => each.id === 'evt-2025-09-05-kz-mn-meeting') as TimelineEvent;
      event.planned = false;
      event.date = {
        start: `${nextYear}-05-20`,
        end: `${nextYear}-05-20`,
        precision: 'day',
        basis: 'stated',
      };
      return index;
    });
    const { page, problems } = await openPage(browser, `${url}?lng=en&view=timeline`);
    await waitForExpression(page, `document.querySelector('.vis-item.is-planned .tl-item-title') !== null`);
    const future = (await page.evaluate(
      `[...document.querySelectorAll('.vis-item.is-planned .tl-item-title')].map((el) => el.textContent)`,
    )) as string[];
    expect(future.some((title) => title.includes('Mongolian parliament'))).toBe(true);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('planned');
    await page.getByRole('button', { name: 'List' }).click();
    await page.locator('[data-event-row="evt-2025-09-05-kz-mn-meeting"]').click();
    expect(await page.locator('[data-fact="status"]').textContent()).toBe('Planned');
    expect(problems).toEqual([]);
  });

  it('item 5: an event Kazakhstan is not a party to is in no partner row; it is listed apart, with the reason', async () => {
    const url = await variant('without-home', (index) => {
      const talks = index.events.find((each) => each.id === 'evt-2025-08-30-kz-cn-talks') as TimelineEvent;
      talks.countries = ['CN', 'RU'];
      return index;
    });
    const { page, problems } = await openPage(browser, `${url}?lng=en&view=timeline`);
    const rows = await timelineRows(page);
    expect(rows.CN ?? []).toEqual([]);
    expect((rows.RU ?? []).some((title) => title.includes('Xi Jinping'))).toBe(false);
    const apart = page.getByTestId('outside-without-home');
    expect(await apart.locator('summary').textContent()).toContain('Events Kazakhstan is not a party to');
    await apart.locator('summary').click();
    expect(await apart.textContent()).toContain('between other countries');
    await apart.locator('[data-event-row="evt-2025-08-30-kz-cn-talks"]').click();
    await page.waitForSelector('[data-testid="detail-pane"]');
    expect(problems).toEqual([]);
  });

  it('item 5: an undated report is listed with the undated events, never drawn as a span in a row', async () => {
    const { page } = await openPage(browser, `${inject('urls').sample}?lng=en&view=timeline`);
    const rows = await timelineRows(page);
    expect(
      Object.values(rows)
        .flat()
        .some((title) => title?.includes('phone')),
    ).toBe(false);
    const undated = page.getByTestId('outside-undated');
    await undated.locator('summary').click();
    // The group's rows are built when it opens: wait for them rather than count at once.
    const row = undated.locator('[data-event-row="evt-undated-kz-fr-phone-call"]');
    await row.waitFor();
    expect(await row.count()).toBe(1);
  });

  it('minor: the visible window is always in the URL, after the opening fit and after Today', async () => {
    const { page, problems } = await openPage(browser, `${inject('urls').sample}?lng=en&view=timeline`);
    await page.waitForURL(/start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}/);
    const opened = new URL(page.url()).searchParams;
    await page.getByRole('button', { name: 'Today' }).click();
    await page.waitForURL((url) => url.searchParams.get('start') !== opened.get('start'));
    const today = new URL(page.url()).searchParams;
    const now = new Date().toISOString().slice(0, 10);
    expect((today.get('start') ?? '') <= now && now <= (today.get('end') ?? '')).toBe(true);
    // The link reopens that window.
    await page.goto(page.url());
    await page.waitForSelector('.vis-timeline');
    expect(new URL(page.url()).searchParams.get('start')).toBe(today.get('start'));
    expect(problems).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForExpression } from '../app-page.ts';
import { launchChromium } from '../browser.ts';
import { type EmbedHost, openHostPage, serveEmbedHost } from './embedHost.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');

let browser: Browser;
let embeds: EmbedHost;
beforeAll(async () => {
  browser = await launchChromium();
  embeds = await serveEmbedHost();
});
afterAll(async () => {
  await browser?.close();
  await embeds?.close();
});

/** Every custom property the built scripts read (the embed's CSS is a string in them). */
function customPropertiesRead(): string[] {
  const files = [
    ...readdirSync(path.join(dist, 'embed')).map((name) => path.join(dist, 'embed', name)),
    ...readdirSync(path.join(dist, 'assets')).map((name) => path.join(dist, 'assets', name)),
  ].filter((file) => file.endsWith('.js'));
  const names = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)/g)) names.add(match[1] ?? '');
  }
  return [...names].sort();
}

/** The page also defines every one of them, on its root and on the embeds' elements, before any script. */
function hostileCustomProperties(names: string[]): string {
  const declarations = names.map((name) => `${name}: 13px !important;`).join(' ');
  return `document.addEventListener('DOMContentLoaded', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':root, diplomacy-timeline, #mounted { ${declarations} }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });`;
}

const SELECTORS = [
  '.embed-root',
  '.page',
  '.app-header',
  '.app-count',
  '.view-switch button',
  '.filter-panel summary',
  '.timeline-controls button',
  '.vis-timeline',
  '.vis-label',
  '.vis-item',
  '.vis-item .tl-item-title',
  '.vis-time-axis .vis-text.vis-major:not(.vis-measure)',
  '.legend-entry',
];
const PROPERTIES = [
  'direction',
  'unicode-bidi',
  'text-align',
  'color',
  'background-color',
  'border-top-color',
  'border-top-left-radius',
  'font-family',
  'font-size',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'cursor',
  'height',
];

/**
 * For each embed: computed styles of its parts, and where its rows, items and axis labels sit in its box
 * (left edges, in pixels from the box's left edge), in the order the timeline drew them.
 */
async function measure(page: Page, host: string) {
  for (const part of ['.vis-item .tl-item-title', '.vis-time-axis .vis-text.vis-major:not(.vis-measure)']) {
    await page.locator(`${host} ${part}`).first().waitFor();
  }
  // Drawn once and shown: vis-timeline keeps its first, unfinished layout hidden.
  await waitForExpression(
    page,
    `document.querySelector(${JSON.stringify(host)}).shadowRoot.querySelector('.vis-timeline').style.visibility === 'visible'`,
  );
  return (await page.evaluate(`(() => {
    const shadow = document.querySelector(${JSON.stringify(host)}).shadowRoot;
    const box = shadow.querySelector('.embed-root').getBoundingClientRect();
    const left = (element) => Math.round(element.getBoundingClientRect().left - box.left);
    const styles = Object.fromEntries(${JSON.stringify(SELECTORS)}.map((selector) => {
      const element = shadow.querySelector(selector);
      if (!element) return [selector, null];
      const style = getComputedStyle(element);
      return [selector, Object.fromEntries(${JSON.stringify(PROPERTIES)}.map((name) => [name, style.getPropertyValue(name)]))];
    }));
    return {
      styles,
      timelineClass: shadow.querySelector('.vis-timeline').className,
      rowLabels: left(shadow.querySelector('.vis-labelset')),
      centre: left(shadow.querySelector('.vis-panel.vis-center')),
      items: [...shadow.querySelectorAll('.vis-item')].map(left),
      axis: [...shadow.querySelectorAll('.vis-time-axis .vis-text.vis-major:not(.vis-measure)')].map((label) => [label.textContent, left(label)]),
    };
  })()`)) as {
    styles: Record<string, Record<string, string> | null>;
    timelineClass: string;
    rowLabels: number;
    centre: number;
    items: number[];
    axis: [string, number][];
  };
}

describe('issue 14 item 4: host CSS does not reach inside the shadow root', () => {
  it('on a right-to-left page that sets every inherited property and variable, both embeds look as on a plain page', async () => {
    const plain = await openHostPage(browser, embeds.pageUrl('host.html'));
    const hostile = await openHostPage(browser, embeds.pageUrl('rtl-host.html'), {
      initScript: hostileCustomProperties(customPropertiesRead()),
    });
    // The hostile page really is: right to left, and its variables are set where the embeds could read them.
    expect(await hostile.page.evaluate('getComputedStyle(document.body).direction')).toBe('rtl');
    expect(
      await hostile.page.evaluate(
        `getComputedStyle(document.querySelector('#mounted')).getPropertyValue('--ink').trim()`,
      ),
    ).toBe('13px');
    for (const host of ['#element', '#mounted']) {
      const before = await measure(plain.page, host);
      const after = await measure(hostile.page, host);
      // The axis runs left to right, the row labels on the left: the UI is not mirrored.
      expect(after.timelineClass, host).toMatch(/\bvis-ltr\b/);
      expect(after.rowLabels, host).toBeLessThan(after.centre);
      expect(after.styles['.embed-root']?.direction, host).toBe('ltr');
      expect(Object.keys(before.styles).filter((selector) => before.styles[selector] === null)).toEqual([]);
      expect(after.styles, host).toEqual(before.styles);
      expect({ items: after.items, axis: after.axis }, host).toEqual({
        items: before.items,
        axis: before.axis,
      });
    }
    expect([...plain.problems, ...hostile.problems]).toEqual([]);
    await plain.context.close();
    await hostile.context.close();
  });
});

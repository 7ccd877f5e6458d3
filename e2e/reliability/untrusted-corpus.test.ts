import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineIndex } from '#schema';
import { launchChromium } from '../browser.ts';
import { type StaticServer, serveStatic } from '../static-server.ts';
import { type EmbedHost, openHostPage, serveEmbedHost, type WatchedHostPage } from './embedHost.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.cache/e2e/reliability/untrusted');
const seeds = JSON.parse(readFileSync(path.join(root, 'dist/corpus/index.json'), 'utf8')) as TimelineIndex;
const screenshots = path.join(root, 'test-results/screenshots');
const INJECTED = 'Words no file of the corpus holds';

/**
 * The seeds' index with what a schema lets through and a viewer must not use: two events dated on no
 * calendar (a 13th month, an end before the start), one impossible publication day, and text URLs on
 * another origin (`textsElsewhere`, a server that would answer), `javascript:` and `data:`.
 */
function untrustedIndex(textsElsewhere: string): TimelineIndex {
  const index = structuredClone(seeds);
  const [first, second] = index.events;
  if (!first?.date || !second?.date) throw new Error('the seeds have fewer than two dated events');
  first.date = { ...first.date, start: '2025-13-45', end: '2025-13-45' };
  second.date = { ...second.date, start: '2025-09-10', end: '2025-09-01', precision: 'day' };
  const [a, b, c, d] = index.articles;
  if (!a || !b || !c || !d) throw new Error('the seeds have fewer than four articles');
  a.textUrl = `${textsElsewhere}${a.id}.json`;
  b.textUrl = 'javascript:alert(document.domain)';
  c.textUrl = `data:application/json,${encodeURIComponent(JSON.stringify({ id: c.id, lang: 'en', text: INJECTED, evidence: [] }))}`;
  d.published = '2025-02-30';
  return index;
}

let browser: Browser;
let embeds: EmbedHost;
/** The untrusted index and the seeds' texts, on an origin of their own (an embed's `src`). */
let corpusServer: StaticServer;
/** The app built over the seeds, its index replaced by the untrusted one (as a CORPUS_JSON build could be). */
let appServer: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'corpus'), { recursive: true });
  mkdirSync(screenshots, { recursive: true });
  corpusServer = await serveStatic(path.join(work, 'corpus'), { cors: true });
  // The host page's CSP lets the corpus's origin in, as a site embedding it would.
  embeds = await serveEmbedHost([new URL(corpusServer.url).origin]);
  const index = JSON.stringify(untrustedIndex(`${embeds.bundle.url}corpus/texts/`));
  cpSync(path.join(root, 'dist/corpus/texts'), path.join(work, 'corpus/texts'), { recursive: true });
  writeFileSync(path.join(work, 'corpus/index.json'), index);
  cpSync(path.join(root, 'dist'), path.join(work, 'app'), { recursive: true });
  writeFileSync(path.join(work, 'app/corpus/index.json'), index);
  appServer = await serveStatic(path.join(work, 'app'));
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([embeds?.close(), corpusServer?.close(), appServer?.close()]);
});

const title = (index: number) => seeds.events[index]?.title.en ?? '';

/**
 * Opens every article text in the detail pane inside `scope`, waits until each has loaded or failed, and
 * returns the pane.
 */
async function paneWithTexts(scope: Locator, eventTitle: string): Promise<Locator> {
  const pane = scope.locator('[data-testid="detail-pane"]');
  await pane.locator('#detail-title', { hasText: eventTitle }).waitFor();
  const buttons = pane.locator('.article-text > button[aria-expanded="false"]');
  while ((await buttons.count()) > 0) await buttons.first().click();
  const texts = pane.locator('.article-text');
  const settled = pane.locator('.article-text [data-testid="article-text"], .article-text [role="alert"]');
  for (let tries = 0; (await settled.count()) < (await texts.count()); tries++) {
    if (tries > 100) throw new Error('article texts did not load');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return pane;
}

/** The pane of an event of the untrusted corpus: no injected text; the impossibly dated two have no date. */
async function expectPane(pane: Locator, eventIndex: number) {
  expect(await pane.textContent()).not.toContain(INJECTED);
  const date = (await pane.locator('[data-fact="date"]').textContent()) ?? '';
  if (eventIndex < 2) expect(date).toBe('Date unknown');
  else expect(date).not.toBe('Date unknown');
}

/** What every view of the untrusted corpus must show, and never do, inside `scope`. */
async function expectScreened(scope: Locator, watched: WatchedHostPage) {
  const notice = scope.getByTestId('set-aside-notice');
  await notice.waitFor();
  expect(await notice.locator('[data-kind="dates"]').textContent()).toMatch(/^2 events .*2025-13-45/);
  expect(await notice.locator('[data-kind="published"]').textContent()).toMatch(/^1 article .*2025-02-30/);
  expect(await notice.locator('[data-kind="texts"]').textContent()).toMatch(/^3 articles'/);
  // Nothing is lost: the impossibly dated events are undated (their panes say so), the others drawn.
  const drawn = await scope.locator('.vis-item .tl-item-title').allTextContents();
  expect(drawn).toContain(title(2));
  expect(drawn).toContain(title(3));
  expect(drawn).not.toContain(title(0));
  expect(drawn).not.toContain(title(1));
  expect(watched.requests.filter((url) => url.startsWith(`${embeds.bundle.url}corpus/texts/`))).toEqual([]);
  expect(watched.dialogs).toEqual([]);
  expect(watched.problems).toEqual([]);
}

describe('issue 14 item 1: a loaded corpus with impossible dates or foreign text URLs', () => {
  it('the custom element and mountTimeline keep those events undated, load no foreign text and say so', async () => {
    const watched = await openHostPage(
      browser,
      embeds.pageUrl('host.html', { src: `${corpusServer.url}index.json` }),
    );
    for (const host of ['#element', '#mounted']) {
      const scope = watched.page.locator(host);
      await scope.locator('.vis-item').first().waitFor();
      for (const [index, event] of seeds.events.entries()) {
        await watched.page.evaluate(
          `(document.querySelector('${host}').timeline ?? window.mounted).selectEvent('${event.id}')`,
        );
        await expectPane(await paneWithTexts(scope, event.title.en), index);
      }
      await expectScreened(scope, watched);
      await watched.page.evaluate(
        `(document.querySelector('${host}').timeline ?? window.mounted).selectEvent(null)`,
      );
      await scope.locator('[data-testid="detail-pane"]').waitFor({ state: 'detached' });
      await scope.screenshot({
        path: path.join(screenshots, `untrusted-corpus-embed${host.replace('#', '-')}.png`),
      });
    }
    await watched.context.close();
  });

  it('the app (and its ?embed=1 frame) built over such a corpus does the same', async () => {
    for (const extra of ['', '&embed=1']) {
      const watched = await openHostPage(browser, `${appServer.url}?lng=en&view=timeline${extra}`);
      const page: Page = watched.page;
      for (const [index, event] of seeds.events.entries()) {
        await page.goto(`${appServer.url}?lng=en&view=timeline${extra}&event=${event.id}`);
        await expectPane(await paneWithTexts(page.locator('body'), event.title.en), index);
      }
      await page.locator('.vis-item').first().waitFor();
      await expectScreened(page.locator('body'), watched);
      await page.screenshot({
        path: path.join(screenshots, `untrusted-corpus-app${extra ? '-embed' : ''}.png`),
      });
      await watched.context.close();
    }
  });
});

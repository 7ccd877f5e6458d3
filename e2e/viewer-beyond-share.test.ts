import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForExpression } from './app-page.ts';
import { launchChromium, openPage } from './browser.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const COPIED = { en: 'Link copied', ru: 'Ссылка скопирована' } as const;
const SHARE_VIEW = { en: 'Share link', ru: 'Поделиться ссылкой' } as const;
const SHARE_EVENT = { en: 'Link to this event', ru: 'Ссылка на событие' } as const;

let browser: Browser;
let bundle: StaticServer;
let host: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  bundle = await serveStatic(path.join(root, 'dist'), { cors: true });
  const origin = new URL(bundle.url).origin;
  // A host as strict as the app, letting in the timeline's origin only (as e2e/embed.test.ts does).
  host = await serveStatic(path.join(root, 'examples'), {
    csp: `default-src 'self'; script-src 'self' ${origin}; style-src 'self'; connect-src 'self' ${origin}; frame-src ${origin}`,
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([bundle, host].map((server) => server?.close()));
});

const clipboardText = (page: Page) => page.evaluate('navigator.clipboard.readText()') as Promise<string>;

async function openWithClipboard(url: string, viewport?: { width: number; height: number }) {
  const watched = await openPage(browser, url, viewport ? { viewport } : {});
  await watched.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return watched;
}

describe('issue 15 beyond: a share button copies a link to the standalone app', () => {
  for (const lng of ['en', 'ru'] as const) {
    it(`${lng}: the header's button copies the current view and says "${COPIED[lng]}"`, async () => {
      const app = inject('urls').sample;
      const { page, problems } = await openWithClipboard(`${app}?lng=${lng}&view=list&types=talks&q=Tokayev`);
      await page.getByRole('button', { name: SHARE_VIEW[lng] }).click();
      await page.getByRole('status').filter({ hasText: COPIED[lng] }).waitFor();
      expect(await page.getByText(COPIED[lng]).isVisible()).toBe(true);
      const link = new URL(await clipboardText(page));
      expect(link.origin + link.pathname).toBe(new URL(app).origin + new URL(app).pathname);
      expect(Object.fromEntries(link.searchParams)).toEqual({
        lng,
        view: 'list',
        types: 'talks',
        q: 'Tokayev',
      });
      expect(problems).toEqual([]);
    });

    it(`${lng}: the pane's button copies a link that opens the event`, async () => {
      const app = inject('urls').sample;
      const { page, context } = await openWithClipboard(`${app}?lng=${lng}&view=list&countries=CN`);
      await page.locator('[data-event-row]').first().click();
      const title = await page.locator('#detail-title').textContent();
      await page.getByRole('button', { name: SHARE_EVENT[lng] }).click();
      await page.getByRole('status').filter({ hasText: COPIED[lng] }).waitFor();
      const link = await clipboardText(page);
      expect(new URL(link).searchParams.has('countries')).toBe(false);
      const other = await context.newPage();
      await other.goto(link);
      await other.locator('#detail-title').waitFor();
      expect(await other.locator('#detail-title').textContent()).toBe(title);
    });
  }

  it('without the Clipboard API, the link is shown selected in a text field', async () => {
    const app = inject('urls').sample;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // As on a plain-http page: no `navigator.clipboard` at all.
    await context.addInitScript(
      "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })",
    );
    const page = await context.newPage();
    await page.goto(`${app}?lng=en&view=list&from=2025`);
    expect(await page.evaluate('navigator.clipboard === undefined')).toBe(true);
    await page.getByRole('button', { name: SHARE_VIEW.en }).click();
    const field = page.getByLabel('Copy this link:');
    await field.waitFor();
    const value = await field.inputValue();
    expect(new URL(value).searchParams.get('from')).toBe('2025');
    await waitForExpression(
      page,
      `(() => { const f = document.activeElement; return f?.classList.contains('share-field') && f.selectionStart === 0 && f.selectionEnd === f.value.length; })()`,
    );
  });

  it('in the iframe form the link drops ?embed=1 and keeps the frame’s view', async () => {
    const app = inject('urls').sample;
    const { page } = await openWithClipboard(`${app}?embed=1&lng=en&view=list&types=meeting`);
    await page.getByRole('button', { name: SHARE_VIEW.en }).click();
    await page.getByRole('status').filter({ hasText: COPIED.en }).waitFor();
    const link = new URL(await clipboardText(page));
    expect(link.searchParams.has('embed')).toBe(false);
    expect(Object.fromEntries(link.searchParams)).toEqual({ lng: 'en', view: 'list', types: 'meeting' });
  });

  it('in a host page’s element the event link points at the app beside the script, not at the host', async () => {
    const { page } = await openWithClipboard(`${host.url}host.html?bundle=${encodeURIComponent(bundle.url)}`);
    const element = page.locator('#timeline-ru');
    await element.locator('.vis-item').first().waitFor();
    await element.getByRole('button', { name: 'Список' }).click();
    await element.locator('[data-event-row]').first().click();
    const title = await element.locator('#detail-title').textContent();
    await element.getByRole('button', { name: SHARE_EVENT.ru }).click();
    await element.getByRole('status').filter({ hasText: COPIED.ru }).waitFor();
    const link = new URL(await clipboardText(page));
    expect(link.origin + link.pathname).toBe(`${bundle.url}index.html`);
    expect(link.searchParams.get('lng')).toBe('ru');
    const app = await page.context().newPage();
    await app.goto(link.href);
    await app.locator('#detail-title').waitFor();
    expect(await app.locator('#detail-title').textContent()).toBe(title);
  });
});

import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type StaticServer, serveStatic } from '../static-server.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface EmbedHost {
  /** `dist/` (built by the global setup), with CORS, as a site that publishes the timeline. */
  bundle: StaticServer;
  /** This folder's fixtures, on another origin, as a news site under a strict CSP that allows the bundle. */
  host: StaticServer;
  /** A fixture page of the host with `?bundle=` pointing at the bundle and any other parameters. */
  pageUrl: (file: string, params?: Record<string, string>) => string;
  close: () => Promise<void>;
}

/** Serves the bundle and the host fixtures on two origins; `allowed` adds origins the host's CSP lets in. */
export async function serveEmbedHost(allowed: string[] = []): Promise<EmbedHost> {
  const bundle = await serveStatic(path.join(root, 'dist'), { cors: true });
  const origins = [new URL(bundle.url).origin, ...allowed].join(' ');
  const host = await serveStatic(path.join(import.meta.dirname, 'fixtures'), {
    csp: `default-src 'self'; script-src 'self' ${origins}; style-src 'self'; img-src 'self' data:; connect-src 'self' ${origins}; frame-src ${origins}`,
  });
  return {
    bundle,
    host,
    pageUrl: (file, params = {}) =>
      `${host.url}${file}?${new URLSearchParams({ bundle: bundle.url, ...params }).toString()}`,
    close: async () => {
      await Promise.all([bundle.close(), host.close()]);
    },
  };
}

export interface WatchedHostPage {
  page: Page;
  context: BrowserContext;
  /** Script errors, console errors and CSP violations. */
  problems: string[];
  dialogs: string[];
  /** Every URL the page asked for (documents, scripts, fetches), in order. */
  requests: string[];
}

/**
 * Like `openPage` in ../browser.ts, with a script of the page's own run before any other (`initScript`, a
 * classic script at the page's global scope) and every request recorded; does not wait for the app.
 */
export async function openHostPage(
  browser: Browser,
  url: string,
  { initScript }: { initScript?: string } = {},
): Promise<WatchedHostPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample));`,
  });
  if (initScript) await page.addInitScript({ content: initScript });
  await page.goto(url);
  return { page, context, problems, dialogs, requests };
}

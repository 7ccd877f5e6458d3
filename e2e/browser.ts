import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser; flags keep it quiet and offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  dialogs: string[];
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
}

/**
 * A fresh context (so localStorage starts empty) whose page reports what must never happen: script
 * errors, CSP violations (listened for before any page script runs) and dialogs (which hostile text would open).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: PageOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`csp: ${text}`));
  // In-page code is a string: the e2e tsconfig has Node types and no DOM library.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample));`,
  });
  await page.goto(url);
  await page.waitForSelector('.page');
  return { page, context, problems, dialogs };
}

/** axe-core's source, evaluated in the page: an injected <script> tag would be blocked by the CSP. */
export async function axeSeriousViolations(
  page: Page,
  axeSource: string,
  include?: string,
): Promise<string[]> {
  await page.evaluate(axeSource);
  const context = include ? `{ include: [${JSON.stringify(include)}] }` : 'document';
  const results = (await page.evaluate(`axe.run(${context})`)) as AxeResults;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

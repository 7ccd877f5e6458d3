import type { Frame, Page } from 'playwright-core';

/** What the timeline draws: for each row (country code), the text of its items (count bars excluded). */
export async function timelineRows(page: Page): Promise<Record<string, string[]>> {
  await page.waitForSelector('.vis-timeline');
  // vis-timeline keeps labels and row contents in two lists in the same order.
  return (await page.evaluate(`(() => {
    const labels = [...document.querySelectorAll('.vis-labelset .vis-label')];
    const groups = [...document.querySelectorAll('.vis-foreground .vis-group')];
    const rows = {};
    labels.forEach((label, index) => {
      const row = label.querySelector('[data-row]')?.dataset.row;
      if (!row) return;
      rows[row] = [...(groups[index]?.querySelectorAll('.vis-item .tl-item-title') ?? [])].map((el) => el.textContent);
    });
    return rows;
  })()`)) as Record<string, string[]>;
}

/** Text of every `[data-fact]` in the open detail pane, keyed by fact name. */
export async function detailFacts(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector('[data-testid="detail-pane"]');
  return (await page.evaluate(`Object.fromEntries([...document.querySelectorAll('[data-testid="detail-pane"] [data-fact]')]
    .map((el) => [el.dataset.fact, el.textContent.replace(/\\s+/g, ' ').trim()]))`)) as Record<
    string,
    string
  >;
}

export async function activeEventRow(page: Page): Promise<string | null> {
  return (await page.evaluate('document.activeElement?.dataset.eventRow ?? null')) as string | null;
}

export async function isTimelineFocused(page: Page): Promise<boolean> {
  return (await page.evaluate(
    `document.activeElement?.hasAttribute('data-timeline-focus') ?? false`,
  )) as boolean;
}

/** Opens every source's article text in the pane and waits until each has loaded. */
export async function showArticleTexts(page: Page): Promise<void> {
  const buttons = page.locator('.article-text > button[aria-expanded="false"]');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) await buttons.first().click();
  await waitForExpression(
    page,
    `document.querySelectorAll('[data-testid="article-text"]').length === document.querySelectorAll('.article-text').length`,
  );
}

/**
 * Polls an expression in the page (or a frame of it). `page.waitForFunction` compiles string predicates with `new Function`,
 * which the app's CSP (rightly) refuses; `page.evaluate` of a string goes through the debugger protocol.
 */
export async function waitForExpression(
  page: Page | Frame,
  expression: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Visible text nodes written only in Latin letters, outside what may legitimately stay untranslated
 * (names, codes and source text marked `data-untranslated`, elements in another `lang`), in text and in
 * the attributes people hear or see (aria-label, placeholder, title), for the Russian UI.
 */
export async function latinOnlyLabels(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const found = [];
    const latinOnly = (text) => /[A-Za-z]{2,}/.test(text) && !/[А-Яа-яЁё]/.test(text) && !/^(CSV|JSON|[A-Z]{2,3})$/.test(text);
    const skipped = (element) => {
      if (element.closest('[data-untranslated]')) return true;
      const lang = element.closest('[lang]')?.getAttribute('lang');
      return Boolean(lang && lang !== 'ru');
    };
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (skipped(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name);
        if (value && latinOnly(value)) found.push(name + '=' + value);
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const element = node.parentElement;
      if (!latinOnly(text) || !element || skipped(element) || !element.getClientRects().length) continue;
      found.push(text);
    }
    return found;
  })()`)) as string[];
}

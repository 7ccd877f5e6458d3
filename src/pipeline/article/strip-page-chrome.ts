// Page chrome that scrapers carry along: menus, currency tickers, "load more" buttons, related-news
// lists, date stamps of other stories, bylines. Left in, it pollutes dates ("14.11.2024") and names.

const CHROME_LINES = new Set([
  'меню',
  'menu',
  'все новости',
  'all news',
  'загрузить ещё',
  'загрузить еще',
  'показать ещё',
  'показать еще',
  'load more',
  'show more',
  'актуальные сюжеты',
  'читайте также',
  'читайте по теме',
  'по теме',
  'похожие новости',
  'другие новости',
  'новости по теме',
  'read also',
  'read more',
  'related',
  'related news',
  'related articles',
  'more news',
  'поделиться',
  'share',
  'подписаться',
  'subscribe',
  'главная',
  'home',
  'комментарии',
  'comments',
  'реклама',
  'advertisement',
  'теги',
  'tags',
  'версия для печати',
  'print',
]);
// After these markers a page lists other stories: nothing below belongs to the article.
const FOOTER_MARKERS = new Set([
  'все новости',
  'all news',
  'загрузить ещё',
  'загрузить еще',
  'читайте также',
  'похожие новости',
  'другие новости',
  'новости по теме',
  'related news',
  'related articles',
  'read also',
  'more news',
]);
const TICKER = /^[\s•·*–-]*[^\p{L}\d\s]?\s*\d+(?:[.,]\d+)?\s*[+−–-]\s?\d+(?:[.,]\d+)?%?\s*$/u;
const LONE_DATE_OR_TIME = /^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?|\d{1,2}:\d{2})\s*$/;
const BYLINE =
  /^(?:(?:by|автор|текст|фото)\s*:?\s+)?[A-ZА-ЯЁ][\p{L}-]+\s+(?:[A-ZА-ЯЁ]\.\s?){0,2}[A-ZА-ЯЁ][\p{L}-]+$/u;
const MIN_BODY_BEFORE_FOOTER = 300;

export interface StrippedText {
  text: string;
  removedLines: string[];
}

export function stripPageChrome(text: string): StrippedText {
  const lines = text.split('\n');
  const kept: string[] = [];
  const removedLines: string[] = [];
  let bodyLength = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const key = normalise(line);
    if (FOOTER_MARKERS.has(key) && bodyLength >= MIN_BODY_BEFORE_FOOTER) {
      removedLines.push(...lines.slice(i).filter((l) => l.trim() !== ''));
      break;
    }
    if (CHROME_LINES.has(key) || TICKER.test(line) || LONE_DATE_OR_TIME.test(line)) {
      removedLines.push(line);
      continue;
    }
    kept.push(line);
    bodyLength += line.length;
  }
  dropTrailingByline(kept, removedLines);
  return { text: collapseBlankLines(kept.join('\n')).trim(), removedLines };
}

function dropTrailingByline(kept: string[], removedLines: string[]): void {
  let last = kept.length - 1;
  while (last >= 0 && kept[last]?.trim() === '') last--;
  const line = kept[last]?.trim() ?? '';
  const isByline = line.length <= 40 && BYLINE.test(line.replace(/\.(?=\p{Lu})/gu, '. '));
  // A title-like last line of a short text is not a byline: keep it unless a body precedes it.
  if (isByline && last > 2) {
    removedLines.push(line);
    kept.splice(last, 1);
  }
}

function normalise(line: string): string {
  return line
    .replace(/^[\s•·*›»>|-]+/, '')
    .replace(/[\s:.…›»|]+$/, '')
    .toLowerCase();
}

function collapseBlankLines(text: string): string {
  return text.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n');
}

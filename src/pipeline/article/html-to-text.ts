import { loadOnFirstUse } from '../node/load-on-first-use.ts';
import { type PageMetadata, readPageMetadata } from './page-metadata.ts';

const htmlToTextPackage = loadOnFirstUse<typeof import('html-to-text')>('html-to-text');

/** A scraped page saved as HTML rather than text; the markup must not reach the extractor or the viewer. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return (
    /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) ||
    // Plain text, nearly every article, has no closing tag at all: spare it the count.
    (text.includes('</') && (text.match(/<\/(p|div|span|a|li)>/gi)?.length ?? 0) > 5)
  );
}

export interface HtmlText extends PageMetadata {
  title: string | null;
  /**
   * The page's text, with what its markup declares written as the header lines a saved text article carries
   * ("Published: 2024-03-05" above, "URL: …" below), which the header stage reads and takes out.
   */
  text: string;
}

export function htmlToText(html: string): HtmlText {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() || null;
  const text = htmlToTextPackage().convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'aside', format: 'skip' },
      { selector: 'title', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'ul', options: { itemPrefix: ' • ' } },
    ],
  });
  const { published, url } = readPageMetadata(html);
  // The URL goes last so that the lines a story's time stamp is looked for in stay where they were.
  const lines = [...(published ? [`Published: ${published}`] : []), text, ...(url ? [`URL: ${url}`] : [])];
  return { title: title ? decodeEntities(title) : null, text: lines.join('\n'), published, url };
}

function decodeEntities(s: string): string {
  return htmlToTextPackage().convert(s, { wordwrap: false });
}

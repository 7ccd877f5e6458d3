import visTimelineCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import baseCss from '../app/styles/base.css?inline';
import embedCss from './embed.css?inline';
import setAsideNoticeCss from './SetAsideNotice.css?inline';
import { scopeCssToShadowRoot } from './shadowCss.ts';

// Every stylesheet of the app's components, found by the bundler, so a new component's CSS reaches embeds too.
const componentCss = import.meta.glob<string>(['../app/**/*.css', '!../app/styles/base.css'], {
  query: '?inline',
  import: 'default',
  eager: true,
});

/**
 * The embed's CSS in the order the app's bundle has it (vis-timeline's, the components', then base.css, as
 * main.tsx imports them), the embed's own components', then its layout.
 */
export function embedCssText(): string {
  const sheets = [
    visTimelineCss,
    ...Object.keys(componentCss)
      .sort()
      .map((path) => componentCss[path] ?? ''),
    baseCss,
    setAsideNoticeCss,
    embedCss,
  ];
  return sheets.map(scopeCssToShadowRoot).join('\n');
}

/**
 * A constructable stylesheet for one shadow root. Adopted sheets are not `<style>` elements, so a host page
 * whose CSP says `style-src 'self'` still applies them; vis-timeline's CSS must be in the shadow root too.
 */
export function createEmbedStyleSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(embedCssText());
  return sheet;
}

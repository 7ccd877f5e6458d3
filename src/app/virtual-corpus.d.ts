declare module 'virtual:corpus' {
  import type { Corpus } from '#schema';
  /** The corpus index bundled at build time: events, article metadata (no texts) and problems. */
  export const corpus: Corpus;
  /** Absolute URL that each article's `textUrl` resolves against. */
  export const corpusBaseUrl: string;
}

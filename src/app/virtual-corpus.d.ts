declare module 'virtual:corpus' {
  /**
   * Absolute URL of the folder the build published the corpus in: `index.json` (fetched first) and the
   * article texts that each article's `textUrl` resolves against.
   */
  export const corpusBaseUrl: string;
}

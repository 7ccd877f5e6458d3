import { createRequire } from 'node:module';

const requirePackage = createRequire(import.meta.url);

/**
 * A package loaded the first time it is needed rather than on import. Only some articles need these (saved
 * HTML pages, legacy encodings, text whose script does not tell its language, names to transliterate), and
 * loading them all took a tenth of a re-run that extracts one changed file.
 */
export function loadOnFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= requirePackage(name) as T;
    return loaded;
  };
}

import { createHash } from 'node:crypto';

/** A short content hash: ids derived from file paths, cache keys, duplicate fingerprints. */
export function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

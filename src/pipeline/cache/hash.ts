import { hash as digest } from 'node:crypto';

/** A short content hash: ids derived from file paths, cache keys, duplicate fingerprints. */
export function hash(content: string | Uint8Array): string {
  return digest('sha1', content, 'hex').slice(0, 12);
}

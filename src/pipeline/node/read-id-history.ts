import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IdHistory } from '../corpus/event-aliases.ts';

/**
 * The ids of the corpus an earlier run wrote to this output, or null when there is none or it cannot be
 * read: a damaged old file costs its links their aliases, never the run.
 */
export function readIdHistory(corpusFile: string): IdHistory | null {
  if (!existsSync(corpusFile)) return null;
  try {
    return idHistoryOf(JSON.parse(readFileSync(corpusFile, 'utf8')));
  } catch {
    return null;
  }
}

// Checked by hand: a zod schema took 25 ms over 8,000 events, a tenth of a re-run's budget for reading.
/** The ids and aliases of a parsed corpus (other fields left out), or null when they are not all there. */
function idHistoryOf(value: unknown): IdHistory | null {
  if (!isObject(value) || !Array.isArray(value.events)) return null;
  const events: Array<{ id: string; articleIds: string[] }> = [];
  for (const event of value.events) {
    if (!isObject(event) || typeof event.id !== 'string' || !isStringArray(event.articleIds)) return null;
    events.push({ id: event.id, articleIds: event.articleIds });
  }
  const { aliases } = value;
  if (aliases === undefined) return { events };
  if (!isObject(aliases) || !Object.values(aliases).every((id) => typeof id === 'string')) return null;
  return { events, aliases: aliases as Record<string, string> };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

// Parsing a large corpus only for its ids took a third of a re-run after one file changed: with a cache
// folder, the ids are kept there too, in a file a hundredth of the size.
const ID_FILE = 'event-ids.json';

export function readCachedIdHistory(cacheDir: string): IdHistory | null {
  return readIdHistory(path.join(cacheDir, ID_FILE));
}

export function writeCachedIdHistory(cacheDir: string, history: IdHistory): void {
  const file = path.join(cacheDir, ID_FILE);
  const events = history.events.map(({ id, articleIds }) => ({ id, articleIds }));
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ events, aliases: history.aliases ?? {} }));
  renameSync(temporary, file);
}

import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { IdHistory } from '../corpus/event-aliases.ts';

const idHistory = z.object({
  events: z.array(z.object({ id: z.string(), articleIds: z.array(z.string()) })),
  aliases: z.record(z.string(), z.string()).optional(),
});

/**
 * The ids of the corpus an earlier run wrote to this output, or null when there is none or it cannot be
 * read: a damaged old file costs its links their aliases, never the run.
 */
export function readIdHistory(corpusFile: string): IdHistory | null {
  if (!existsSync(corpusFile)) return null;
  try {
    const parsed = idHistory.safeParse(JSON.parse(readFileSync(corpusFile, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
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

import { existsSync, readFileSync } from 'node:fs';
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

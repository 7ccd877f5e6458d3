import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TimelineIndex } from '#schema';
import { type StaticServer, serveStatic } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The sample build (built by the global setup) serving another index: the page fetches its index at run
 * time, so a test can shape the corpus it needs (thousands of unplaced files, an event dated next year)
 * without a build of its own. `name` keeps each test's copy apart.
 */
export async function serveSampleVariant(
  name: string,
  change: (index: TimelineIndex) => TimelineIndex,
): Promise<StaticServer> {
  const from = path.join(root, '.cache/e2e/sample');
  const dir = path.join(root, '.cache/e2e/variants', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  const indexFile = path.join(dir, 'corpus/index.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as TimelineIndex;
  writeFileSync(indexFile, JSON.stringify(change(index)));
  return serveStatic(dir);
}

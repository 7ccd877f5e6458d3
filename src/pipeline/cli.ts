import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writevSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusJsonSchema } from '#schema';
import type { ArticleTexts } from './article-texts.ts';
import { articleTextUrl } from './extract-article.ts';
import { extractFolder } from './extract-folder.ts';
import { formatProblem } from './problem.ts';

const USAGE = `Usage: npm run extract -- --input DIR --output FILE [--schema FILE] [--cache DIR] [--verbose]

Extracts diplomatic events from the article files under DIR (recursively) and writes the corpus
to FILE, with each article's text in texts/<id>.json beside it. --schema also writes the corpus
format as JSON Schema. --cache keeps each article's results in DIR, so that a re-run extracts
only the files that changed. --verbose lists informational notes (encodings, undated events) too.`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string' },
      output: { type: 'string' },
      schema: { type: 'string' },
      cache: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.input || !values.output) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const result = extractFolder(path.resolve(values.input), {
    ...(values.cache ? { cacheDir: path.resolve(values.cache) } : {}),
  });
  const output = path.resolve(values.output);
  mkdirSync(path.dirname(output), { recursive: true });
  // Compact: the index is read by programs; indented, it was 60% larger and slower to write.
  writeParts(output, [...result.toJsonParts(), Buffer.from('\n')]);
  writeTexts(path.dirname(output), result.texts);
  if (values.schema) writeFileSync(values.schema, `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`);
  for (const p of result.problems) {
    if (values.verbose || p.severity !== 'info') console.error(formatProblem(p));
  }
  console.log(`${result.summary} → ${path.relative(process.cwd(), output)}`);
  return 0;
}

/** Writes pieces one after another into a file, a thousand at a time, without joining them first. */
function writeParts(file: string, parts: Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < parts.length; i += 1000) {
      const chunk = parts.slice(i, i + 1000);
      const length = chunk.reduce((sum, part) => sum + part.length, 0);
      const written = writevSync(fd, chunk);
      // A short write (rare on a local disk) is finished the slow way.
      if (written < length) writeFileSync(fd, Buffer.concat(chunk).subarray(written));
    }
  } finally {
    closeSync(fd);
  }
}

const MANIFEST = 'texts/.written.json';

/**
 * Writes each article's text file, skipping those a previous run wrote with the same content (a manifest
 * of what was written, by article id, beside them): a re-run after one change rewrites one file, not
 * thousands. The extraction's digests of the texts say what changed without reading or serialising them.
 */
function writeTexts(dir: string, texts: ArticleTexts): void {
  const textsDir = path.join(dir, path.dirname(MANIFEST));
  mkdirSync(textsDir, { recursive: true });
  let written: Record<string, string> = {};
  try {
    written = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    // No manifest yet (or a damaged one): write everything.
  }
  const present = new Set(readdirSync(textsDir));
  const next: Record<string, string> = {};
  for (const [id, digest] of texts.digests) {
    const url = articleTextUrl(id);
    if (written[id] !== digest || !present.has(url.slice(url.lastIndexOf('/') + 1))) {
      writeFileSync(path.join(dir, url), JSON.stringify(texts.get(id)));
    }
    next[id] = digest;
  }
  writeFileSync(path.join(dir, MANIFEST), JSON.stringify(next));
}

process.exitCode = main(process.argv.slice(2));

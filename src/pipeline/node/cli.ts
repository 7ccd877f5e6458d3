import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writevSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusJsonSchema } from '#schema';
import { articleTextUrl } from '../article/extract-article.ts';
import { CacheDamagedError, clearExtractionCache } from '../cache/extraction-cache-file.ts';
import { formatProblem } from '../corpus/problem.ts';
import type { ArticleTexts } from '../output/article-texts.ts';
import { type ExtractionResult, extractFolder } from './extract-folder.ts';
import { printable } from './printable-name.ts';
import { progressReport } from './progress-report.ts';
import { readCachedIdHistory, readIdHistory, writeCachedIdHistory } from './read-id-history.ts';
import { isAlive, takeRunLock } from './run-lock.ts';
import { DEFAULT_FILE_BUDGET_MS } from './time-budget.ts';

const USAGE = `Usage: npm run extract -- --input DIR --output FILE [--schema FILE] [--cache DIR]
                            [--time-budget SECONDS] [--progress] [--verbose]

Extracts diplomatic events from the article files under DIR (recursively) and writes the corpus
to FILE, with each article's text in texts/<id>.json beside it. --schema also writes the corpus
format as JSON Schema. --cache keeps each article's results in DIR, so that a re-run extracts
only the files that changed. --time-budget is how long one file may take before it is reported
and skipped (default ${DEFAULT_FILE_BUDGET_MS / 1000}). --progress prints progress lines to stderr (they are printed anyway on
a terminal once a run takes a few seconds). --verbose lists informational notes (encodings,
undated events) too.`;

/** A mistake in how the CLI was called: one line and exit code 2, like other command-line tools. */
class UsageError extends Error {}

function main(argv: string[]): number {
  try {
    return run(argv);
  } catch (error) {
    const usage = error instanceof UsageError;
    console.error(`extract: ${printable((error as Error).message)}${usage ? ' (see --help)' : ''}`);
    if (!usage && argv.includes('--verbose')) console.error((error as Error).stack);
    return usage ? 2 : 1;
  }
}

function run(argv: string[]): number {
  const values = optionsOf(argv);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.input || !values.output) throw new UsageError('--input DIR and --output FILE are required');
  const input = path.resolve(values.input);
  if (!existsSync(input) || !statSync(input).isDirectory()) {
    throw new UsageError(`--input ${values.input} is not a folder`);
  }
  const budgetSeconds = values['time-budget'] === undefined ? undefined : Number(values['time-budget']);
  if (budgetSeconds !== undefined && !(budgetSeconds > 0)) {
    throw new UsageError(`--time-budget takes a number of seconds above 0, not ${values['time-budget']}`);
  }
  const output = path.resolve(values.output);
  const outputDir = path.dirname(output);
  const textsDir = path.join(outputDir, path.dirname(MANIFEST));
  mkdirSync(outputDir, { recursive: true });
  const release = takeRunLock(`${output}.lock`);
  try {
    removeStaleTemporaryFiles(outputDir, path.basename(output));
    const cacheDir = values.cache ? path.resolve(values.cache) : undefined;
    const extractAndWrite = (): ExtractionResult => {
      const result = extractFolder(input, {
        ...(values.cache ? { cacheDir: path.resolve(values.cache) } : {}),
        previousIds: (cacheDir && readCachedIdHistory(cacheDir)) || readIdHistory(output),
        ...(budgetSeconds !== undefined ? { fileBudgetMs: budgetSeconds * 1000 } : {}),
        // Never read back as articles, should the output lie inside the input folder.
        exclude: [
          output,
          `${output}.lock`,
          textsDir,
          ...(values.schema ? [path.resolve(values.schema)] : []),
        ],
        onProgress: progressReport({
          write: (line) => console.error(line),
          always: values.progress,
          watched: Boolean(process.stderr.isTTY),
        }),
      });
      // Compact: the index is read by programs; indented, it was 60% larger and slower to write.
      writeAtomically(output, [...result.toJsonParts(), Buffer.from('\n')]);
      if (cacheDir) writeCachedIdHistory(cacheDir, { events: result.events, aliases: result.aliases });
      writeTexts(outputDir, result.texts);
      return result;
    };
    let result: ExtractionResult;
    try {
      result = extractAndWrite();
    } catch (error) {
      // A cached text failed its checksum as it was written out: everything again, without the cache.
      if (!(error instanceof CacheDamagedError) || !values.cache) throw error;
      clearExtractionCache(path.resolve(values.cache));
      result = extractAndWrite();
    }
    if (values.schema) {
      writeAtomically(path.resolve(values.schema), [
        Buffer.from(`${JSON.stringify(corpusJsonSchema(), null, 2)}\n`),
      ]);
    }
    // One write for all of them: a write each took longer than the rest of the printing.
    const printed = result.problems.filter((p) => values.verbose || p.severity !== 'info').map(formatProblem);
    if (printed.length > 0) console.error(printed.join('\n'));
    console.log(`${result.summary} → ${printable(path.relative(process.cwd(), output))}`);
    return 0;
  } finally {
    release();
  }
}

function optionsOf(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        schema: { type: 'string' },
        cache: { type: 'string' },
        'time-budget': { type: 'string' },
        progress: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    // parseArgs says what is wrong in its first sentence; the rest is advice about `--`.
    const message = (error as Error).message.split('. ')[0] ?? String(error);
    throw new UsageError(message.replace(/\.$/, ''));
  }
}

/**
 * Writes pieces one after another into a file beside the target, a thousand at a time without joining them
 * first, and renames it over the target: a reader (a build from CORPUS_JSON) sees the old file or the new
 * one, never half of one, and a run stopped half-way leaves the old one.
 */
function writeAtomically(file: string, parts: Uint8Array[]): void {
  const aside = `${file}.${process.pid}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    for (let i = 0; i < parts.length; i += 1000) {
      const chunk = parts.slice(i, i + 1000);
      const length = chunk.reduce((sum, part) => sum + part.length, 0);
      const written = writevSync(fd, chunk);
      // A short write (rare on a local disk) is finished the slow way.
      if (written < length) writeFileSync(fd, Buffer.concat(chunk).subarray(written));
    }
  } catch (error) {
    closeSync(fd);
    rmSync(aside, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(aside, file);
}

/** Files a run that died left beside the output (`<name>.<pid>.tmp` of a pid no longer alive). */
function removeStaleTemporaryFiles(dir: string, name: string): void {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.tmp$`);
  for (const entry of readdirSync(dir)) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (pid && !isAlive(pid)) rmSync(path.join(dir, entry), { force: true });
  }
}

const MANIFEST = 'texts/.written.json';
// The names this CLI gives text files (articleTextUrl): only those are ever removed from texts/.
const TEXT_FILE = /^a-[0-9a-f]{12}\.json$/;

/**
 * Writes each article's text file, skipping those a previous run wrote with the same content (a manifest
 * of what was written, by article id, beside them): a re-run after one change rewrites one file, not
 * thousands. The extraction's digests of the texts say what changed without reading or serialising them.
 * Texts of articles no longer in the corpus are removed, so the folder holds what the corpus points to.
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
  // The next manifest as its JSON members: an object given 10,000 keys one by one took longer to build
  // than the rest of this function, and the ids ("a-…") are never keys JSON.stringify would reorder.
  const next: string[] = [];
  const current = new Set<string>();
  for (const [id, digest] of texts.digests) {
    const url = articleTextUrl(id);
    const name = url.slice(url.lastIndexOf('/') + 1);
    current.add(name);
    if (written[id] !== digest || !present.has(name)) {
      // In place: a run stopped half-way leaves the manifest before it, which makes the next run write it again.
      writeFileSync(path.join(dir, url), JSON.stringify(texts.get(id)));
    }
    next.push(`${JSON.stringify(id)}:${JSON.stringify(digest)}`);
  }
  for (const name of present) {
    if (TEXT_FILE.test(name) && !current.has(name)) rmSync(path.join(textsDir, name), { force: true });
  }
  writeAtomically(path.join(dir, MANIFEST), [Buffer.from(`{${next.join(',')}}`)]);
}

process.exitCode = main(process.argv.slice(2));

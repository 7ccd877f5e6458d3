import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type ArticleText, corpusJsonSchema } from '#schema';
import { articleTextUrl } from './extract-corpus.ts';
import { extractFolder } from './extract-folder.ts';
import { hash } from './hash.ts';
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
  writeFileSync(output, `${JSON.stringify(result.corpus, null, 2)}\n`);
  writeTexts(path.dirname(output), result.texts);
  if (values.schema) writeFileSync(values.schema, `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`);
  for (const p of result.corpus.problems) {
    if (values.verbose || p.severity !== 'info') console.error(formatProblem(p));
  }
  console.log(`${result.summary} → ${path.relative(process.cwd(), output)}`);
  return 0;
}

const MANIFEST = 'texts/.written.json';

/**
 * Writes each article's text file, skipping those a previous run wrote with the same content
 * (a manifest of content hashes beside them): a re-run after one change rewrites one file, not thousands.
 */
function writeTexts(dir: string, texts: Map<string, ArticleText>): void {
  const manifestFile = path.join(dir, MANIFEST);
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  let written: Record<string, string> = {};
  try {
    written = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    // No manifest yet (or a damaged one): write everything.
  }
  const next: Record<string, string> = {};
  for (const text of texts.values()) {
    const content = JSON.stringify(text);
    const digest = hash(content);
    const file = path.join(dir, articleTextUrl(text.id));
    if (written[text.id] !== digest || !existsSync(file)) writeFileSync(file, content);
    next[text.id] = digest;
  }
  writeFileSync(manifestFile, JSON.stringify(next));
}

process.exitCode = main(process.argv.slice(2));

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSchemaOf } from '#schema';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../pipeline/article/dates/create-date-parsers.ts';
import { extractCorpus, type InputFile } from '../pipeline/corpus/extract-corpus.ts';
import { formatReport, headline } from './format-report.ts';
import { type GoldArticle, type GoldFile, goldFile } from './gold-format.ts';
import { type EvalResult, scoreCorpus } from './score.ts';
import { SPLITS, type Split, splitOf } from './split.ts';

const USAGE = `Usage: npm run eval -- [--split dev|test|all] [--gold FILE] [--json] [--record] [--schema FILE]

Runs the extractor over the articles of an evaluation set and scores what it finds against the
set's gold annotations (default: eval/gold.json, format in eval/README.md). Each split is extracted
on its own, so merges are scored within it. Prints precision and recall per field, per language,
the event-type confusion, same-event merges and, on the dev split, every miss; writes the results to
eval/results/latest-<split>.json (beside the gold file); --record also keeps a dated copy. The test
split's misses are never printed or written: it is only scored. --json prints the results as JSON instead. --schema writes the gold format as JSON Schema.`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      split: { type: 'string', default: 'all' },
      gold: { type: 'string', default: 'eval/gold.json' },
      json: { type: 'boolean', default: false },
      schema: { type: 'string' },
      record: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.schema) {
    writeFileSync(values.schema, `${JSON.stringify(jsonSchemaOf(goldFile), null, 2)}\n`);
    return 0;
  }
  const splits: Split[] = values.split === 'all' ? [...SPLITS] : [values.split as Split];
  if (!splits.every((s) => (SPLITS as readonly string[]).includes(s))) {
    console.error(`--split must be dev, test or all, not "${values.split}"`);
    return 2;
  }
  const goldPath = path.resolve(values.gold);
  const gold = readGold(goldPath);
  if (typeof gold === 'string') {
    console.error(`${values.gold}: ${gold}`);
    return 2;
  }
  const articlesDir = path.resolve(path.dirname(goldPath), gold.articlesDir);
  const missing = gold.articles.filter((a) => !existsSync(path.join(articlesDir, a.file)));
  if (missing.length > 0) {
    console.error(`${values.gold}: ${missing.length} article files are missing, e.g. ${missing[0]?.file}`);
    return 2;
  }

  const now = new Date();
  const tools = { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };
  const results: Record<string, EvalResult & { split: Split; ranAt: string }> = {};
  for (const split of splits) {
    const articles = gold.articles.filter((a) => splitOf(a) === split);
    const extraction = extractCorpus(inputFiles(articlesDir, articles), { ...tools, now });
    const scored = scoreCorpus(articles, extraction.corpus);
    // The test split is only scored: its misses are neither printed nor written, in any output.
    results[split] = {
      split,
      ranAt: now.toISOString(),
      ...scored,
      misses: split === 'test' ? [] : scored.misses,
    };
    if (!values.json) {
      const title = `${values.gold}, split ${split}: ${articles.length} articles (${languageCounts(articles)})`;
      console.log(`${formatReport(title, scored, { misses: split === 'dev' })}\n`);
    }
  }
  writeResults(path.join(path.dirname(goldPath), 'results'), results, values.record);
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else for (const [split, r] of Object.entries(results)) console.log(`${split}: ${headline(r)}`);
  return 0;
}

function readGold(file: string): GoldFile | string {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `cannot be read as JSON: ${(error as Error).message}`;
  }
  const parsed = goldFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `does not follow the gold format at ${issue?.path.join('.')}: ${issue?.message}`;
  }
  return parsed.data;
}

function inputFiles(dir: string, articles: GoldArticle[]): InputFile[] {
  return articles.map((a) => {
    const full = path.join(dir, a.file);
    return { file: a.file, size: statSync(full).size, read: () => readFileSync(full) };
  });
}

function languageCounts(articles: GoldArticle[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.lang, (counts.get(a.lang) ?? 0) + 1);
  return [...counts].map(([lang, n]) => `${lang} ${n}`).join(', ');
}

/** The latest results per split, and with --record a dated copy. */
function writeResults(
  dir: string,
  results: Record<string, EvalResult & { split: Split; ranAt: string }>,
  record: boolean,
): void {
  mkdirSync(dir, { recursive: true });
  for (const [split, r] of Object.entries(results)) {
    const json = `${JSON.stringify(r, null, 2)}\n`;
    writeFileSync(path.join(dir, `latest-${split}.json`), json);
    if (record)
      writeFileSync(path.join(dir, `${r.ranAt.slice(0, 16).replace(/:/g, '')}Z-${split}.json`), json);
  }
}

process.exitCode = main(process.argv.slice(2));

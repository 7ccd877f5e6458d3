import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gazetteerData } from '../src/gazetteer/load-gazetteer.ts';
import { generateArticles } from './corpus/generate-articles.ts';
import {
  type FullExtraction,
  type IncrementalExtraction,
  measureFullExtraction,
  measureIncrementalExtraction,
  measureSizes,
  type SizeFigures,
} from './measure/extraction.ts';
import { type LongArticleExtraction, measureLongArticles } from './measure/long-article.ts';
import { describeMachine, type Machine } from './measure/machine.ts';
import { printTable } from './measure/print-table.ts';
import { buildBarePage, measureViewer, prepareSize, type ViewerFigures } from './measure/viewer.ts';
import { measureViewerSizes, type ViewerSizes } from './measure/viewer-sizes.ts';

const USAGE = `Usage: npm run bench [-- --quick] [-- --skip-extraction] [-- --skip-long-article] [-- --skip-viewer] [-- --events N,N…]

Measures extraction of 10,000 generated articles (speed, peak memory, incremental re-run, sizes), of one
4 MiB article in English and one in Russian, and the viewer with 1,000, 5,000 and 20,000 events against a bare vis-timeline page in headless Chromium.
Prints one table and writes it to bench/results/latest.json and a dated copy. --quick runs a small
version (1,000 articles, 1,000 events, one run each) to try the bench itself; --events picks the
viewer sizes (default 1000,5000,20000). --skip-extraction --skip-viewer measures the long articles only.`;

const CACHE = path.resolve('.cache/bench');
const RESULTS = path.resolve('bench/results');
const CORPUS_SEED = 1;

export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  machine: Machine;
  quick: boolean;
  extraction?: FullExtraction;
  incremental?: IncrementalExtraction;
  longArticles?: LongArticleExtraction[];
  sizes?: SizeFigures & { articles: number };
  viewerSizes?: ViewerSizes;
  viewer?: ViewerFigures[];
}

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'skip-extraction': { type: 'boolean', default: false },
      'skip-long-article': { type: 'boolean', default: false },
      'skip-viewer': { type: 'boolean', default: false },
      events: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const quick = values.quick;
  const eventSizes = values.events ? parseEventSizes(values.events) : quick ? [1000] : [1000, 5000, 20_000];
  const started = performance.now();
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    durationSeconds: 0,
    machine: describeMachine(),
    quick,
  };
  const data = gazetteerData();
  mkdirSync(CACHE, { recursive: true });

  if (!values['skip-extraction']) {
    const articles = quick ? 1000 : 10_000;
    const input = path.join(CACHE, `articles-${articles}`);
    log(`generating ${articles} articles → ${path.relative(process.cwd(), input)}`);
    rmSync(input, { recursive: true, force: true });
    mkdirSync(input, { recursive: true });
    for (const article of generateArticles(data, articles, CORPUS_SEED)) {
      writeFileSync(path.join(input, article.file), article.text);
    }
    const out = path.join(CACHE, 'extracted');
    log('extraction, full runs');
    results.extraction = measureFullExtraction(input, out, quick ? 1 : 3);
    results.sizes = { articles, ...measureSizes(input, path.join(out, 'corpus.json')) };
    results.viewerSizes = measureViewerSizes(path.join(out, 'corpus.json'));
    log('extraction, incremental runs');
    results.incremental = measureIncrementalExtraction(input, path.join(CACHE, 'incremental'), quick ? 1 : 5);
  }

  if (!values['skip-long-article']) {
    log('extraction of one long article per language');
    results.longArticles = measureLongArticles(data, path.join(CACHE, 'long-article'), quick ? 1 : 3);
  }

  if (!values['skip-viewer']) {
    const bareDir = path.join(CACHE, 'bare');
    log('building the bare page');
    await buildBarePage(bareDir);
    const sizes = [];
    for (const events of eventSizes) {
      log(`building the app over ${events} events`);
      const runs = quick ? 1 : events >= 5000 ? 3 : 5;
      sizes.push({
        events,
        runs,
        noClusterRuns: events >= 20_000 ? 1 : runs,
        ...prepareSize(data, events, CACHE, bareDir),
      });
    }
    log('measuring in Chromium');
    results.viewer = await measureViewer(sizes, bareDir, jsBytes, log);
  }

  results.durationSeconds = (performance.now() - started) / 1000;
  const table = printTable(results);
  console.log(table);
  mkdirSync(RESULTS, { recursive: true });
  const json = `${JSON.stringify({ ...results, table: table.split('\n') }, null, 2)}\n`;
  writeFileSync(path.join(RESULTS, 'latest.json'), json);
  writeFileSync(
    path.join(RESULTS, `${results.startedAt.slice(0, 16).replace(/:/g, '')}Z${quick ? '-quick' : ''}.json`),
    json,
  );
  return 0;
}

/** `--events 20000,1000` → [1000, 20000]: smallest first, as the search is measured at the last size only. */
function parseEventSizes(list: string): number[] {
  const sizes = list.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`--events takes whole numbers separated by commas, not "${list}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** The app's JavaScript (the corpus index is a separate file beside it). */
function jsBytes(appDir: string): number {
  const assets = path.join(appDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + statSync(path.join(assets, name)).size, 0);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

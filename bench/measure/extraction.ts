import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Spread, spread } from './stats.ts';

// What `npm run extract` runs: the CLI bundled into one file, rebuilt when its sources change.
const CLI = 'bin/extract.mjs';
const PEAK_RSS_PRELOAD = pathToFileURL(path.resolve('bench/measure/report-peak-rss.mjs')).href;

export interface ExtractionRun {
  /** The whole process, start to exit: Node start-up, gazetteer, extraction, writing the output. */
  wallSeconds: number;
  /** The time the CLI's summary line reports (reading and extracting, not writing). */
  pipelineSeconds: number;
  peakRssMiB: number;
  summary: string;
}

/**
 * Runs the extraction CLI in a child process, as a user would. A run stopped at `timeoutSeconds` gives NaN
 * figures (left out of a spread) and says so in its summary.
 */
export function runExtraction(
  input: string,
  output: string,
  extraArgs: string[] = [],
  timeoutSeconds?: number,
): ExtractionRun {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', PEAK_RSS_PRELOAD, CLI, '--input', input, '--output', output, ...extraArgs],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
      ...(timeoutSeconds === undefined ? {} : { timeout: timeoutSeconds * 1000 }),
    },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    const summary = `stopped after ${timeoutSeconds} s`;
    return { wallSeconds: Number.NaN, pipelineSeconds: Number.NaN, peakRssMiB: Number.NaN, summary };
  }
  if (child.status !== 0)
    throw new Error(`extraction failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const summary = child.stdout.trim().split('\n').at(-1) ?? '';
  const pipelineSeconds = Number(/([\d.]+) s\b/.exec(summary)?.[1] ?? Number.NaN);
  const peakKib = Number(/bench-peak-rss-kib (\d+)/.exec(child.stderr)?.[1] ?? Number.NaN);
  return { wallSeconds, pipelineSeconds, peakRssMiB: peakKib / 1024, summary };
}

/** Runs the CLI once, building its bundle if its sources changed: no measured run includes the build. */
export function prepareCli(): void {
  spawnSync(process.execPath, [CLI, '--help']);
}

export interface FullExtraction {
  articles: number;
  articlesPerSecond: Spread;
  articlesPerSecondWall: Spread;
  pipelineSeconds: Spread;
  wallSeconds: Spread;
  peakRssMiB: Spread;
  summary: string;
}

export function measureFullExtraction(input: string, outDir: string, runs: number): FullExtraction {
  prepareCli();
  const articles = readdirSync(input).length;
  const results: ExtractionRun[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(outDir, { recursive: true, force: true });
    results.push(runExtraction(input, path.join(outDir, 'corpus.json')));
  }
  return {
    articles,
    articlesPerSecond: spread(results.map((r) => articles / r.pipelineSeconds)),
    articlesPerSecondWall: spread(results.map((r) => articles / r.wallSeconds)),
    pipelineSeconds: spread(results.map((r) => r.pipelineSeconds)),
    wallSeconds: spread(results.map((r) => r.wallSeconds)),
    peakRssMiB: spread(results.map((r) => r.peakRssMiB)),
    summary: results.at(-1)?.summary ?? '',
  };
}

export interface IncrementalExtraction {
  /** The first run, which fills the cache. */
  coldSeconds: Spread;
  wallSeconds: Spread;
  pipelineSeconds: Spread;
  summary: string;
}

/** One file changed between runs (a different change each time); the file is restored afterwards. */
export function measureIncrementalExtraction(
  input: string,
  outDir: string,
  runs: number,
): IncrementalExtraction {
  const cacheDir = path.join(outDir, 'cache');
  rmSync(outDir, { recursive: true, force: true });
  const output = path.join(outDir, 'corpus.json');
  const cacheArgs = ['--cache', cacheDir];
  const cold = runExtraction(input, output, cacheArgs);
  const names = readdirSync(input).sort();
  const changed = path.join(input, names[Math.floor(names.length / 2)] ?? '');
  const original = readFileSync(changed);
  const results: ExtractionRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      appendFileSync(changed, `\nОбновлено: правка ${i + 1}.\n`);
      results.push(runExtraction(input, output, cacheArgs));
    }
  } finally {
    writeFileSync(changed, original);
  }
  return {
    coldSeconds: spread([cold.wallSeconds]),
    wallSeconds: spread(results.map((r) => r.wallSeconds)),
    pipelineSeconds: spread(results.map((r) => r.pipelineSeconds)),
    summary: results.at(-1)?.summary ?? '',
  };
}

export interface SizeFigures {
  /** The corpus file as the CLI writes it (compact JSON). */
  indexBytes: number;
  indexGzipBytes: number;
  /** Every input article file, as read. */
  articleTextBytes: number;
  /** Each file gzipped on its own (as a web server would send it), summed. */
  articleTextGzipBytes: number;
  /** All the texts as one gzip stream (an upper bound on what compression can do). */
  articleTextGzipAllBytes: number;
}

export function measureSizes(input: string, corpusFile: string): SizeFigures {
  const index = readFileSync(corpusFile);
  let articleTextBytes = 0;
  let articleTextGzipBytes = 0;
  const all: Buffer[] = [];
  for (const name of readdirSync(input)) {
    const file = path.join(input, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    articleTextBytes += bytes.length;
    articleTextGzipBytes += gzipSync(bytes).length;
    all.push(bytes);
  }
  return {
    indexBytes: index.length,
    indexGzipBytes: gzipSync(index).length,
    articleTextBytes,
    articleTextGzipBytes,
    articleTextGzipAllBytes: gzipSync(Buffer.concat(all)).length,
  };
}

import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildViewerCorpus } from '../bench/measure/viewer-corpus.ts';
import { gazetteerData } from '../src/gazetteer/load-gazetteer.ts';
import { toViewerFiles } from '../src/pipeline/output/timeline-index.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** The builds the browser tests load, each served under the strict CSP. */
export interface AppUrls {
  /** The embedded seed articles, extracted by the real pipeline: `dist/`. */
  seeds: string;
  /** The hand-made corpus with every shape the seeds lack (planned, multilateral, undated, unplaced, problems). */
  sample: string;
  /** Article files whose text carries script and markup, extracted by the real pipeline. */
  hostileText: string;
  /** A corpus whose every displayed string carries markup (titles, names, places, outlets, problems). */
  hostileCorpus: string;
  /** The sample build serving a generated index of LARGE_EVENTS events instead (the page fetches it). */
  large: string;
}

/** Enough events that the opening window has more in view than the timeline draws one by one. */
export const LARGE_EVENTS = 1500;

declare module 'vitest' {
  export interface ProvidedContext {
    urls: AppUrls;
  }
}

const root = path.resolve(import.meta.dirname, '..');

const BUILDS: Record<Exclude<keyof AppUrls, 'large'>, { outDir: string; env: Record<string, string> }> = {
  seeds: { outDir: 'dist', env: {} },
  sample: { outDir: '.cache/e2e/sample', env: { CORPUS_JSON: 'e2e/fixtures/sample-corpus/corpus.json' } },
  hostileText: { outDir: '.cache/e2e/hostile-text', env: { CORPUS_INPUT: 'e2e/fixtures/hostile' } },
  hostileCorpus: {
    outDir: '.cache/e2e/hostile-corpus',
    env: { CORPUS_JSON: 'e2e/fixtures/hostile-corpus/corpus.json' },
  },
};

/** vite.config.ts reads CORPUS_INPUT/CORPUS_JSON when it loads, and `build()` loads it afresh each time. */
async function buildWith(outDir: string, env: Record<string, string>) {
  const saved = { CORPUS_INPUT: process.env.CORPUS_INPUT, CORPUS_JSON: process.env.CORPUS_JSON };
  delete process.env.CORPUS_INPUT;
  delete process.env.CORPUS_JSON;
  Object.assign(process.env, env);
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: path.join(root, outDir), emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

export default async function setup(project: TestProject) {
  const servers: StaticServer[] = [];
  const urls = {} as AppUrls;
  for (const [name, { outDir, env }] of Object.entries(BUILDS) as [
    keyof AppUrls,
    (typeof BUILDS)['seeds'],
  ][]) {
    await buildWith(outDir, env);
    const server = await serveStatic(path.join(root, outDir));
    servers.push(server);
    urls[name] = server.url;
  }
  // The index is fetched at run time, so a large corpus needs no build of its own: the sample build with
  // the bench's generated index (built from the gazetteer, as a real feed would be) in place of its own.
  const largeDir = path.join(root, '.cache/e2e/large');
  rmSync(largeDir, { recursive: true, force: true });
  cpSync(path.join(root, BUILDS.sample.outDir), largeDir, { recursive: true });
  const { corpus } = buildViewerCorpus(gazetteerData(), LARGE_EVENTS, 7);
  writeFileSync(
    path.join(largeDir, 'corpus/index.json'),
    JSON.stringify(toViewerFiles(corpus, new Map()).index),
  );
  const largeServer = await serveStatic(largeDir);
  servers.push(largeServer);
  urls.large = largeServer.url;
  project.provide('urls', urls);
  return async function teardown() {
    await Promise.all(servers.map((server) => server.close()));
  };
}

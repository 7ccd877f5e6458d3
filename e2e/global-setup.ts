import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
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
}

declare module 'vitest' {
  export interface ProvidedContext {
    urls: AppUrls;
  }
}

const root = path.resolve(import.meta.dirname, '..');

const BUILDS: Record<keyof AppUrls, { outDir: string; env: Record<string, string> }> = {
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
  project.provide('urls', urls);
  return async function teardown() {
    await Promise.all(servers.map((server) => server.close()));
  };
}

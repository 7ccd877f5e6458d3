#!/usr/bin/env node
// `npm run extract`: runs src/pipeline/node/cli.ts bundled into one file (.cache/extract-cli/cli.cjs), rebuilt
// whenever a file it was built from is newer than it. Run through tsx, the CLI spent longer resolving and
// compiling its ~250 TypeScript and library modules than a re-run with a warm cache spends extracting;
// Node loads one bundled file in a fraction of that, and V8's code cache for it (kept beside it) spares
// most of the compiling that is left. `npx tsx src/pipeline/node/cli.ts` runs the same CLI from source.
// esbuild is a devDependency.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.cache/extract-cli');
const bundle = path.join(outDir, 'cli.cjs');
/** The project files the bundle was built from (dependencies are covered by npm's lock of what is installed). */
const inputsFile = path.join(outDir, 'inputs.json');
const alwaysChecked = [import.meta.filename, path.join(root, 'node_modules/.package-lock.json')];

if (isStale()) await build();
run();

/**
 * Runs the bundle as Node would run a CommonJS module, but compiled through vm.Script, which can take and
 * make V8 code caches (Node 20 has no compile cache for modules). The CLI does all its work while the
 * bundle runs, so the cache made after it holds the functions that work compiled; a `--help` run compiles
 * next to nothing and does not make it.
 */
function run() {
  const source = readFileSync(bundle, 'utf8');
  // V8 checks a code cache against the length of the source, not its content: one made for another bundle
  // of the same length would run that bundle's code. Named by the bundle's hash, it can only be this one's.
  const codeCache = path.join(
    outDir,
    `cli-${createHash('sha1').update(source).digest('hex').slice(0, 16)}.code-cache`,
  );
  let cachedData;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    // None yet: this run makes it.
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, outDir);
  const worthKeeping = !process.argv.includes('--help') && !process.exitCode;
  if ((cachedData === undefined || script.cachedDataRejected) && worthKeeping) {
    for (const name of readdirSync(outDir)) {
      if (name.endsWith('.code-cache')) rmSync(path.join(outDir, name), { force: true });
    }
    writeAside(codeCache, script.createCachedData());
  }
}

function isStale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')).map((file) => path.join(root, file));
    return [...inputs, ...alwaysChecked].some((file) => statSync(file).mtimeMs > built);
  } catch {
    // No bundle yet, or one of its files is gone.
    return true;
  }
}

async function build() {
  const started = new Date();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/pipeline/node/cli.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // No keepNames: it wrapped every function, closures made in loops included, in a naming call (some 25 ms
    // of a re-run). The date parsers pick chrono's parsers by class name, which esbuild keeps unless two
    // classes share one; the parsers check at start that every name they look for is there.
    // The sources are ES modules; in the CommonJS bundle their import.meta is the bundle's file.
    define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  mkdirSync(outDir, { recursive: true });
  writeAside(bundle, result.outputFiles[0]?.contents);
  writeAside(inputsFile, JSON.stringify(inputs));
  // Dated from the start of the build: a file saved while it ran makes the next run build again.
  utimesSync(bundle, started, started);
}

/** Written aside and renamed: two runs writing at once each leave a whole file. */
function writeAside(file, content) {
  writeFileSync(`${file}.${process.pid}`, content);
  renameSync(`${file}.${process.pid}`, file);
}

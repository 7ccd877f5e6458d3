#!/usr/bin/env node
// `npm run extract`: runs src/pipeline/cli.ts bundled into one file (.cache/extract-cli/cli.mjs), rebuilt
// whenever a file it was built from is newer than it. Run through tsx, the CLI spent longer resolving and
// compiling its ~250 TypeScript and library modules than a re-run with a warm cache spends extracting;
// Node loads one bundled file in a fraction of that. `npx tsx src/pipeline/cli.ts` runs the same CLI from
// source. esbuild is a devDependency.
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.cache/extract-cli');
const bundle = path.join(outDir, 'cli.mjs');
/** The project files the bundle was built from (dependencies are covered by npm's lock of what is installed). */
const inputsFile = path.join(outDir, 'inputs.json');
const alwaysChecked = [import.meta.filename, path.join(root, 'node_modules/.package-lock.json')];

if (isStale()) await build();
await import(pathToFileURL(bundle).href);

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
    entryPoints: ['src/pipeline/cli.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The date parsers leave out some of chrono's parsers by class name.
    keepNames: true,
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: {
      js: "import { createRequire as requireFromHere } from 'node:module'; const require = requireFromHere(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  mkdirSync(outDir, { recursive: true });
  // Written aside and renamed: two runs building at once each leave a whole bundle.
  for (const [file, content] of [
    [bundle, result.outputFiles[0]?.contents],
    [inputsFile, JSON.stringify(inputs)],
  ]) {
    writeFileSync(`${file}.${process.pid}`, content);
    renameSync(`${file}.${process.pid}`, file);
  }
  // Dated from the start of the build: a file saved while it ran makes the next run build again.
  utimesSync(bundle, started, started);
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { corpusPlugin } from './plugins/vite-corpus-plugin.ts';

// The corpus folder defaults to the embedded seeds; CORPUS_INPUT points the build at a user's folder.
const corpusInput = process.env.CORPUS_INPUT ?? 'seeds';
// CORPUS_JSON builds the viewer from a corpus the CLI already extracted.
const corpusFile = process.env.CORPUS_JSON;

/** The embed script's stable name: hosts link to it, so it carries no content hash. */
const EMBED_SCRIPT = 'embed/diplomacy-timeline.js';

/** Publishes the embed's hand-written declarations beside its script (tsc checks them against the code). */
function embedDeclarations(): Plugin {
  return {
    name: 'diplomacy-embed-declarations',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: EMBED_SCRIPT.replace(/\.js$/, '.d.ts'),
        source: readFileSync(path.resolve(import.meta.dirname, 'src/embed/public-api.d.ts'), 'utf8'),
      });
    },
  };
}

/**
 * The policy the built app runs under (README, "The viewer"): no inline script or style, no eval, nothing from
 * other origins. Shipped in the built index.html, so it holds on any static host, and sent by `vite preview`.
 * Not in dev: Vite's client injects inline scripts and styles there.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'diplomacy-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * A path with a malformed `%` escape is the client's error: 400, before any middleware that decodes the path
 * (the corpus plugin's did, and answered 500 with a stack trace).
 */
const refuseMalformedPaths: Connect.NextHandleFunction = (request, response, next) => {
  try {
    decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
  } catch {
    response.statusCode = 400;
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.end('Bad request: the URL path has a malformed % escape');
    return;
  }
  next();
};

function malformedPathsRefused(): Plugin {
  return {
    name: 'diplomacy-malformed-paths-refused',
    // Used directly, not from a returned function: a returned function would run after Vite's own middlewares.
    configureServer(server) {
      server.middlewares.use(refuseMalformedPaths);
    },
    configurePreviewServer(server) {
      server.middlewares.use(refuseMalformedPaths);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    // First: its middleware must run before the corpus plugin's.
    malformedPathsRefused(),
    react(),
    corpusPlugin({ input: corpusInput, corpusFile }),
    embedDeclarations(),
    contentSecurityPolicy(),
  ],
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The app (index.html, also the iframe embed with ?embed=1) and the custom element's script.
      input: {
        index: path.resolve(import.meta.dirname, 'index.html'),
        embed: path.resolve(import.meta.dirname, 'src/embed/diplomacy-timeline.ts'),
      },
      // Keep the embed script's exports (mountTimeline, the element class): hosts import them.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed' ? EMBED_SCRIPT : 'assets/[name]-[hash].js'),
        // Shared code is named for what it is, not for whichever module the bundler saw first.
        chunkFileNames: 'assets/viewer-[hash].js',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { corpusPlugin } from './src/pipeline/vite-plugin.ts';

// The corpus folder defaults to the embedded seeds; CORPUS_INPUT points the build at a user's folder.
const corpusInput = process.env.CORPUS_INPUT ?? 'seeds';
// CORPUS_JSON builds the viewer from a corpus the CLI already extracted.
const corpusFile = process.env.CORPUS_JSON;

export default defineConfig({
  base: './',
  plugins: [react(), corpusPlugin({ input: corpusInput, corpusFile })],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
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

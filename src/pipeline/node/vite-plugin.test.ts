import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleText, Corpus } from '#schema';
import { corpusPlugin } from '../../../plugins/vite-corpus-plugin.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const SEED = '002_eb48d51dffeef2e8.txt';
let server: ViteDevServer;
let base: string;
let input: string;

beforeAll(async () => {
  input = mkdtempSync(path.join(tmpdir(), 'dev-input-'));
  writeFileSync(path.join(input, SEED), readFileSync(path.join(root, 'seeds', SEED)));
  server = await createServer({
    configFile: false,
    root: mkdtempSync(path.join(tmpdir(), 'dev-root-')),
    logLevel: 'silent',
    plugins: [corpusPlugin({ input })],
    server: { port: 0, host: '127.0.0.1', watch: { usePolling: true, interval: 50 } },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null | undefined;
  if (!address) throw new Error('the dev server did not start listening');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
});

const index = async (): Promise<Corpus> =>
  (await fetch(`${base}/corpus/index.json`)).json() as Promise<Corpus>;

describe('the corpus plugin in the dev server', () => {
  it('serves the corpus index and each article text', async () => {
    const corpus = await index();
    const article = corpus.articles[0];
    // The one article's events: its talks and the summit they were held at.
    expect(corpus.events.length).toBeGreaterThan(0);
    expect(corpus.events.every((e) => article && e.articleIds.includes(article.id))).toBe(true);
    const text = (await (await fetch(`${base}/corpus/${article?.textUrl}`)).json()) as ArticleText;
    expect(text.text).toContain('Си Цзиньпин');
  });

  it('serves the format of each file it serves: the index events without evidence, the texts with it', async () => {
    type ObjectSchema = { properties: Record<string, unknown>; required: string[] };
    const schemaOf = async (name: string) =>
      (await (await fetch(`${base}/corpus/${name}`)).json()) as ObjectSchema & {
        properties: { events?: { items: ObjectSchema } };
      };
    const event = (await schemaOf('index.schema.json')).properties.events?.items;
    const served = (await index()).events[0] ?? {};
    // Every field served is in the schema (optional ones, such as merges, only when there is something to say).
    expect(Object.keys(event?.properties ?? {})).toEqual(expect.arrayContaining(Object.keys(served)));
    expect(Object.keys(served)).not.toContain('evidence');
    expect(event?.required.every((key) => key in served)).toBe(true);
    const text = await schemaOf('text.schema.json');
    expect(text.required).toContain('evidence');
  });

  it('re-extracts when a file in the input folder changes', async () => {
    const file = path.join(input, SEED);
    writeFileSync(file, readFileSync(file, 'utf8').replace('30 августа', '31 августа'));
    let date: string | undefined;
    for (let attempt = 0; attempt < 50 && date !== '2025-08-31'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      date = (await index()).events[0]?.date?.start;
    }
    expect(date).toBe('2025-08-31');
  });
});

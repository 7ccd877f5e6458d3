import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { type ArticleText, type Corpus, corpusJsonSchema, corpus as corpusSchema } from '#schema';
import { loadGazetteer } from '../gazetteer/load-gazetteer.ts';
import { ArticleTexts } from './article-texts.ts';
import { createDateParsers } from './dates/create-date-parsers.ts';
import { articleTextUrl } from './extract-article.ts';
import { type ExtractFolderOptions, type ExtractionResult, extractFolder } from './extract-folder.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { toViewerFiles, type ViewerFiles } from './timeline-index.ts';

const VIRTUAL_ID = 'virtual:corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Where the build puts the corpus index and the article texts, relative to the app's base. */
const CORPUS_DIR = 'corpus';
const INDEX_FILE = 'index.json';

export interface CorpusPluginOptions {
  /** Folder of article files, extracted at build time and re-extracted in dev when a file changes. */
  input: string;
  /** A corpus file already extracted by the CLI; used instead of `input` when set. */
  corpusFile?: string | undefined;
}

/**
 * Publishes the corpus beside the app: the index (events, article metadata, problems) as `corpus/index.json`,
 * which the page fetches first, and each article's text with its evidence as `corpus/texts/<id>.json`,
 * fetched only when a detail pane needs it. `virtual:corpus` tells the page where that folder is.
 * The plugin is thin: it runs the same `extractFolder` as the CLI.
 */
export function corpusPlugin(options: CorpusPluginOptions): Plugin {
  let result: ViewerFiles | undefined;
  // Kept for the dev server's lifetime: editing one file re-extracts only that file.
  const cache = new ExtractionCache();
  let tools: ExtractFolderOptions['tools'];
  let root = process.cwd();
  const inputDir = () => path.resolve(root, options.input);

  function load(): ViewerFiles {
    if (options.corpusFile) {
      const { corpus, texts } = loadCorpusFile(path.resolve(root, options.corpusFile));
      return toViewerFiles(corpus, texts);
    }
    tools ??= { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };
    const extracted = extractFolder(inputDir(), { cache, tools });
    console.log(`[corpus] ${extracted.summary}`);
    return toViewerFiles(extracted.corpus, extracted.texts);
  }
  const current = () => {
    result ??= load();
    return result;
  };

  return {
    name: 'diplomacy-corpus',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml() {
      // The page's script fetches the index as soon as it runs; the preload starts that download beside
      // the script's own instead of after it.
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `./${CORPUS_DIR}/${INDEX_FILE}`,
            as: 'fetch',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
      ];
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Only where the corpus is: the index is fetched (in parallel with the script, see transformIndexHtml),
      // not inlined, so the script stays the same size however large the corpus grows.
      return `export const corpusBaseUrl = new URL(${JSON.stringify(`${CORPUS_DIR}/`)}, document.baseURI).href;`;
    },
    generateBundle() {
      const { index, texts } = current();
      this.emitFile({
        type: 'asset',
        fileName: `${CORPUS_DIR}/${INDEX_FILE}`,
        source: JSON.stringify(index),
      });
      this.emitFile({
        type: 'asset',
        fileName: `${CORPUS_DIR}/corpus.schema.json`,
        source: JSON.stringify(corpusJsonSchema(), null, 2),
      });
      for (const text of texts.values()) {
        this.emitFile({
          type: 'asset',
          fileName: `${CORPUS_DIR}/${articleTextUrl(text.id)}`,
          source: JSON.stringify(text),
        });
      }
    },
    configureServer(server) {
      server.watcher.add(inputDir());
      server.watcher.on('all', (_event, file) => {
        if (!options.corpusFile && isInside(file, inputDir())) reextract(server);
      });
      server.middlewares.use(`/${CORPUS_DIR}/`, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const body = serveCorpusFile(current(), name);
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
  };

  function reextract(server: ViteDevServer) {
    result = undefined;
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (module) server.moduleGraph.invalidateModule(module);
    server.ws.send({ type: 'full-reload' });
  }
}

function serveCorpusFile(result: ViewerFiles, name: string): string | undefined {
  if (name === INDEX_FILE) return JSON.stringify(result.index);
  if (name === 'corpus.schema.json') return JSON.stringify(corpusJsonSchema(), null, 2);
  const id = /^texts\/([^/]+)\.json$/.exec(name)?.[1];
  const text = id === undefined ? undefined : result.texts.get(id);
  return text && JSON.stringify(text);
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Reads a corpus written by the CLI, with its texts beside it, so a build can skip extraction. */
function loadCorpusFile(file: string): Pick<ExtractionResult, 'corpus' | 'texts' | 'summary'> {
  const corpus: Corpus = corpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const texts = new Map<string, ArticleText>();
  for (const article of corpus.articles) {
    if (!article.textUrl) continue;
    const text = JSON.parse(
      readFileSync(path.resolve(path.dirname(file), article.textUrl), 'utf8'),
    ) as ArticleText;
    texts.set(article.id, text);
  }
  return { corpus, texts: ArticleTexts.of(texts.values()), summary: `loaded ${file}` };
}

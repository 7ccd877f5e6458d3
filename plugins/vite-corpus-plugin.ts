import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { jsonSchemaOf, timelineIndex, viewerArticleText } from '#schema';
import { loadGazetteer } from '../src/gazetteer/load-gazetteer.ts';
import { createDateParsers } from '../src/pipeline/article/dates/create-date-parsers.ts';
import { articleTextUrl } from '../src/pipeline/article/extract-article.ts';
import { ExtractionCache } from '../src/pipeline/cache/extraction-cache.ts';
import type { IdHistory } from '../src/pipeline/corpus/event-aliases.ts';
import { type ExtractFolderOptions, extractFolder } from '../src/pipeline/node/extract-folder.ts';
import { readCorpusFile } from '../src/pipeline/node/read-corpus-file.ts';
import { toViewerFiles, type ViewerFiles } from '../src/pipeline/output/timeline-index.ts';

const VIRTUAL_ID = 'virtual:corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Where the build puts the corpus index and the article texts, relative to the app's base. */
const CORPUS_DIR = 'corpus';
const INDEX_FILE = 'index.json';
/** The formats of the files beside them, published for programs that read them without this code. */
const SCHEMA_FILES = {
  'index.schema.json': timelineIndex,
  'text.schema.json': viewerArticleText,
};

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
  // The corpus folder's files by name, their contents made when asked for.
  let result: Map<string, () => string> | undefined;
  // Kept for the dev server's lifetime: editing one file re-extracts only that file.
  const cache = new ExtractionCache();
  let tools: ExtractFolderOptions['tools'];
  let previousIds: IdHistory | null = null;
  let root = process.cwd();
  const inputDir = () => path.resolve(root, options.input);

  function load(): ViewerFiles {
    if (options.corpusFile) {
      const { corpus, texts } = readCorpusFile(path.resolve(root, options.corpusFile));
      return toViewerFiles(corpus, texts);
    }
    tools ??= { gazetteer: loadGazetteer(), dateParsers: createDateParsers() };
    // The dev server extracts again on every change: links opened before it keep their events.
    const extracted = extractFolder(inputDir(), { cache, tools, previousIds });
    previousIds = { events: extracted.events, aliases: extracted.aliases };
    console.log(`[corpus] ${extracted.summary}`);
    return toViewerFiles(extracted.corpus, extracted.texts);
  }
  const current = () => {
    result ??= corpusFiles(load());
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
      for (const [name, source] of current()) {
        this.emitFile({ type: 'asset', fileName: `${CORPUS_DIR}/${name}`, source: source() });
      }
    },
    configureServer(server) {
      server.watcher.add(inputDir());
      server.watcher.on('all', (_event, file) => {
        if (!options.corpusFile && isInside(file, inputDir())) reextract(server);
      });
      server.middlewares.use(`/${CORPUS_DIR}/`, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const body = current().get(name)?.();
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

/** The files of the corpus folder, by name: what the build writes and the dev server serves. */
function corpusFiles({ index, texts }: ViewerFiles): Map<string, () => string> {
  const files = new Map<string, () => string>([[INDEX_FILE, () => JSON.stringify(index)]]);
  for (const [name, format] of Object.entries(SCHEMA_FILES)) {
    files.set(name, () => JSON.stringify(jsonSchemaOf(format), null, 2));
  }
  for (const [id, text] of texts) files.set(articleTextUrl(id), () => JSON.stringify(text));
  return files;
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

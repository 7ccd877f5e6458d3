import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { type ArticleText, articleText, type Corpus, corpus as corpusSchema } from '#schema';

/** What is wrong with a corpus file (or a text file it points to), by file: the build stops with it. */
export class CorpusFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'CorpusFileError';
  }
}

// Article ids become file names in the build's output (corpus/texts/<id>.json): nothing that climbs out.
const SAFE_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * A corpus written by the CLI, validated, with the article texts written beside it. The file may come from
 * anywhere (CORPUS_JSON), so its text paths are kept inside its folder: a build must not copy any other file
 * on the machine into the published app.
 */
export function readCorpusFile(file: string): { corpus: Corpus; texts: Map<string, ArticleText> } {
  const corpus = parseJsonFile(file, corpusSchema);
  const folder = realpathOrSelf(path.dirname(file));
  const texts = new Map<string, ArticleText>();
  for (const article of corpus.articles) {
    if (!SAFE_ID.test(article.id)) {
      throw new CorpusFileError(file, `article id ${JSON.stringify(article.id)} is not a plain name`);
    }
    if (!article.textUrl) continue;
    const textFile = textFileOf(file, folder, article.id, article.textUrl);
    texts.set(article.id, parseJsonFile(textFile, articleText));
  }
  return { corpus, texts };
}

function textFileOf(corpusFile: string, folder: string, id: string, textUrl: string): string {
  const outside = () =>
    new CorpusFileError(
      corpusFile,
      `article ${id}: textUrl ${JSON.stringify(textUrl)} points outside the corpus folder`,
    );
  if (path.isAbsolute(textUrl) || /^[a-z][a-z0-9+.-]*:/i.test(textUrl) || textUrl.includes('\\')) {
    throw outside();
  }
  const resolved = path.resolve(folder, textUrl);
  if (!isInside(resolved, folder)) throw outside();
  // A symbolic link inside the folder may still lead out of it.
  if (!isInside(realpathOrSelf(resolved), folder)) throw outside();
  return resolved;
}

function parseJsonFile<T extends z.ZodType>(file: string, format: T): z.infer<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CorpusFileError(file, `could not be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorpusFileError(file, `is not JSON (${(error as Error).message})`);
  }
  const parsed = format.safeParse(value);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const where = first?.path.length ? first.path.join('.') : 'the top level';
    throw new CorpusFileError(file, `does not match the corpus format at ${where}: ${first?.message}`);
  }
  return parsed.data;
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    // Missing: reading it reports that, with the file's name.
    return file;
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

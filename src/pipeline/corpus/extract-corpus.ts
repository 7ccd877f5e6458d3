import type { ArticleText, Corpus, Problem } from '#schema';
import { SCHEMA_VERSION } from '#schema';
import { decodeArticleBytes } from '../article/decode.ts';
import { type ExtractionContext, extractArticle } from '../article/extract-article.ts';
import { type CachedFile, ExtractionCache, type FileStamp, listingOf } from '../cache/extraction-cache.ts';
import { hash } from '../cache/hash.ts';
import { DEFAULT_FILE_BUDGET_MS, forEachWithinBudget } from '../node/time-budget.ts';
import { ArticleTexts, textDigest } from '../output/article-texts.ts';
import { buildEvents, distinctIds, type SourceRef } from './build-events.ts';
import { compareCodes } from './compare-codes.ts';
import { eventAliases, type IdHistory } from './event-aliases.ts';
import { linkUndatedEvents, type RecalledEventRef } from './link-undated-events.ts';
import { ListedArticle } from './listed-article.ts';
import { MergedEvent } from './merged-event.ts';
import { problem } from './problem.ts';

/** One file of the input folder as the reader listed it. */
export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  size: number;
  /** Set when the file is settled enough for its stamp to vouch for its bytes (see read-folder). */
  stamp?: FileStamp;
  /** The file's bytes, read only when no cached result answers for the stamp; throws when unreadable. */
  read: () => Uint8Array;
}

/** The pipeline's output: the corpus, as an object or as the JSON a writer saves, and the articles' texts. */
export class CorpusExtraction {
  private value: Corpus | undefined;

  constructor(
    readonly generatedAt: string,
    readonly articles: ListedArticle[],
    /** Sorted as the corpus lists them. */
    readonly events: MergedEvent[],
    readonly problems: Problem[],
    readonly texts: ArticleTexts,
    /** Ids an earlier corpus gave to events that now have others: old id → current id. */
    readonly aliases: Record<string, string> = {},
  ) {}

  /** The corpus as an object; cached events are parsed on first use. */
  get corpus(): Corpus {
    this.value ??= {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: this.generatedAt,
      articles: this.articles.map((a) => a.article),
      events: this.events.map((e) => e.event),
      problems: this.problems,
      ...(Object.keys(this.aliases).length > 0 ? { aliases: this.aliases } : {}),
    };
    return this.value;
  }

  /**
   * Exactly `JSON.stringify(corpus)`, as UTF-8, built without parsing or serialising cached events again: on a
   * large corpus their JSON is most of the output, and a re-run after one file changed took longer to write
   * it than to extract the file.
   */
  toJson(): Buffer {
    return Buffer.concat(this.toJsonParts());
  }

  /** `toJson()` in pieces, for a writer that need not copy 18 MiB into one buffer first. */
  toJsonParts(): Uint8Array[] {
    const articles = this.articles.map((a) => a.json).join(',');
    const head = `{"schemaVersion":${JSON.stringify(SCHEMA_VERSION)},"generatedAt":${JSON.stringify(this.generatedAt)},"articles":[${articles}],"events":[`;
    const parts: Uint8Array[] = [Buffer.from(head)];
    const comma = Buffer.from(',');
    this.events.forEach((event, i) => {
      if (i > 0) parts.push(comma);
      parts.push(event.json);
    });
    const aliases = Object.keys(this.aliases).length > 0 ? `,"aliases":${JSON.stringify(this.aliases)}` : '';
    parts.push(Buffer.from(`],"problems":${JSON.stringify(this.problems)}${aliases}}`));
    return parts;
  }
}

export interface ExtractCorpusOptions {
  /** How long one file may take to be read and extracted before it is reported and skipped (ms). */
  fileBudgetMs?: number;
  /** Told after each file how many are done, for a caller that shows progress. */
  onProgress?: (done: number, total: number) => void;
  /** The ids the last corpus written from this folder gave, so that links to them keep opening events. */
  previousIds?: IdHistory | null;
}

/** What became of one file: its results (to be cached when `store`), or the problem that stopped it. */
type FileOutcome = { entry: CachedFile; store: boolean } | { problem: Problem };

const MAX_FILE_BYTES = 5 * 1024 * 1024;
// Files are taken in the reader's order, as `localeCompare` sorts their paths; one collator does it faster.
const FILE_ORDER = new Intl.Collator();

/**
 * The whole pipeline over a set of files: decode, extract each article, merge reports of the same event.
 * Every file ends up as an article (placed on the timeline or unplaced with a reason) or as a problem.
 */
export function extractCorpus(
  files: InputFile[],
  context: ExtractionContext,
  cache: ExtractionCache = new ExtractionCache(),
  options: ExtractCorpusOptions = {},
): CorpusExtraction {
  const problems: Problem[] = [];
  const listed: Array<{ id: string; json: string }> = [];
  const texts = new Map<string, () => ArticleText>();
  const textDigests = new Map<string, string>();
  const fileOf = new Map<string, string>();
  const refs: SourceRef[] = [];
  const recalled: RecalledEventRef[] = [];
  const firstFileWithText = new Map<string, string>();

  const inputs = [...files].sort((a, b) => FILE_ORDER.compare(a.file, b.file));
  const outcomes = outcomesOf(inputs, context, cache, options);
  inputs.forEach((input, i) => {
    const outcome = outcomes[i];
    if (!outcome) throw new Error(`${input.file}: no outcome recorded`);
    if ('problem' in outcome) {
      problems.push(outcome.problem);
      return;
    }
    const cached = outcome.entry;
    if (outcome.store) cache.set(input.file, cached);
    if (cached.encoding !== 'utf-8') {
      problems.push(problem(input.file, 'encoding', 'info', `decoded as ${cached.encoding}`));
    }
    if (cached.replacedBytes) {
      problems.push(
        problem(
          input.file,
          'invalid-bytes',
          'warning',
          `${cached.replacedBytes} byte sequence(s) are not valid UTF-8: read as the replacement character \uFFFD`,
        ),
      );
    }
    const { listing, result } = cached;
    const { id } = listing;
    fileOf.set(id, input.file);
    texts.set(id, () => result.text);
    textDigests.set(id, textDigest(listing.lang, cached.textHash));
    const original = firstFileWithText.get(cached.fingerprint);
    if (original) {
      const reason = `the same text as ${original}`;
      problems.push(
        problem(input.file, 'duplicate', 'warning', `${reason}: listed once, not as a second source`),
      );
      const article = { ...result.article, unplacedReason: reason, unplacedCode: 'duplicate' };
      listed.push({ id, json: JSON.stringify(article) });
      return;
    }
    firstFileWithText.set(cached.fingerprint, input.file);
    listed.push({ id, json: listing.json });
    if (listing.eventKey) {
      refs.push({
        articleId: id,
        published: listing.published,
        key: listing.eventKey,
        source: `${id}:${cached.bytesHash}`,
        // Read only if its group is merged again: a stored result parses its event on first use.
        event: () => result.event ?? failNoEvent(input.file),
      });
    }
    listing.alongsideKeys.forEach((key, k) => {
      refs.push({
        articleId: id,
        published: listing.published,
        key,
        source: `${id}#${k + 1}:${cached.bytesHash}`,
        event: () => result.event?.alongside?.[k] ?? failNoEvent(input.file),
        alongside: true,
      });
    });
    for (const r of listing.recalled) recalled.push({ articleId: id, recalled: r });
  });

  const built = buildEvents(refs, context.gazetteer, cache);
  // Index for index the same events, renamed or dated: each article's main event is listed first.
  const events = distinctIds(
    linkDates(
      built.map((b) => b.event),
      recalled,
    ),
  );
  const mainEventOf = new Map<string, string>();
  built.forEach(({ sources }, i) => {
    const id = events[i]?.id;
    for (const s of sources) if (id && !s.alongside) mainEventOf.set(s.articleId, id);
  });
  events.sort(compareEvents);
  for (const event of events.filter((e) => e.start === null)) {
    for (const id of event.articleIds) {
      problems.push(
        problem(fileOf.get(id) ?? id, 'undated', 'info', 'no date found: the event is listed as undated'),
      );
    }
  }
  const eventIdsByArticle = new Map<string, string[]>();
  for (const event of events) {
    for (const id of event.articleIds) {
      const ids = eventIdsByArticle.get(id);
      if (ids) ids.push(event.id);
      else eventIdsByArticle.set(id, [event.id]);
    }
  }
  const articles = listed.map(({ id, json }) => {
    const ids = eventIdsByArticle.get(id) ?? [];
    const main = mainEventOf.get(id);
    const ordered = ids.length > 1 && main ? [main, ...ids.filter((e) => e !== main)] : ids;
    return new ListedArticle(id, json, ordered);
  });
  return new CorpusExtraction(
    context.now.toISOString(),
    articles,
    events,
    problems,
    new ArticleTexts(texts, textDigests),
    eventAliases(events, options.previousIds ?? null),
  );
}

/** Dates undated events from what other articles recall of them; dated events are passed through as they are. */
function linkDates(events: MergedEvent[], recalled: RecalledEventRef[]): MergedEvent[] {
  const undated = events.filter((e) => e.start === null);
  if (undated.length === 0 || recalled.length === 0) return events;
  const linked = linkUndatedEvents(
    undated.map((e) => e.event),
    recalled,
  );
  const replaced = new Map<MergedEvent, MergedEvent>();
  undated.forEach((e, i) => {
    const event = linked[i];
    if (event && event !== e.event) replaced.set(e, MergedEvent.of(event));
  });
  return replaced.size === 0 ? events : events.map((e) => replaced.get(e) ?? e);
}

function failNoEvent(file: string): never {
  throw new Error(`${file}: the cache says this article reports an event, but its stored result has none`);
}

/**
 * Each file's outcome, by the files' order: the slow part of a run (reading, decoding, extracting), each
 * file within its time budget. Of the run's state only the outcome's slot is set here (the cache and the
 * problems are changed after), so a file stopped half-way leaves none of it half-done. The shared memos that
 * extraction fills (the name matcher's word forms) store an entry only once it is whole.
 */
function outcomesOf(
  inputs: InputFile[],
  context: ExtractionContext,
  cache: ExtractionCache,
  options: ExtractCorpusOptions,
): Array<FileOutcome | undefined> {
  const outcomes = new Array<FileOutcome | undefined>(inputs.length);
  const budgetMs = options.fileBudgetMs ?? DEFAULT_FILE_BUDGET_MS;
  forEachWithinBudget(inputs, budgetMs, {
    work: (input, i) => {
      outcomes[i] = outcomeOf(input, context, cache);
    },
    overBudget: (input, i) => {
      const seconds = budgetMs / 1000;
      outcomes[i] = {
        problem: problem(
          input.file,
          'too-slow',
          'error',
          `reading and extracting it took longer than the ${seconds} s allowed for one file: skipped`,
        ),
      };
    },
    ...(options.onProgress ? { progress: (done) => options.onProgress?.(done, inputs.length) } : {}),
  });
  return outcomes;
}

function outcomeOf(input: InputFile, context: ExtractionContext, cache: ExtractionCache): FileOutcome {
  if (input.size > MAX_FILE_BYTES) {
    const mb = (input.size / 1024 / 1024).toFixed(1);
    const limit = MAX_FILE_BYTES / 1024 / 1024;
    return {
      problem: problem(
        input.file,
        'too-large',
        'error',
        `${mb} MB is over the ${limit} MB limit for one article: skipped`,
      ),
    };
  }
  const known = input.stamp && cache.byStamp(input.file, input.stamp);
  return known ? { entry: known, store: false } : readAndExtract(input, context, cache);
}

/** Reads and decodes a file, and extracts its article unless the cache has it by the hash of its bytes. */
function readAndExtract(input: InputFile, context: ExtractionContext, cache: ExtractionCache): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = input.read();
  } catch (error) {
    return {
      problem: problem(input.file, 'unreadable', 'error', `could not be read: ${(error as Error).message}`),
    };
  }
  const stamp = input.stamp ?? null;
  const bytesHash = hash(bytes);
  const unchanged = cache.byBytes(input.file, bytesHash);
  if (unchanged) {
    // Touched, or restored as it was: the results (decoding included) stand, under the new stamp. Only
    // files that decoded are ever cached, so a file that failed still reaches the decoder below.
    return stamp ? { entry: { ...unchanged, stamp }, store: true } : { entry: unchanged, store: false };
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok)
    return { problem: problem(input.file, decoded.code, 'error', `${decoded.message}: skipped`) };
  const result = extractArticle(`a-${hash(input.file)}`, input.file, decoded.text, context);
  const fingerprint = hash(result.text.text.replace(/\s+/g, ' ').trim());
  const textHash = hash(result.text.text);
  const listing = listingOf(result);
  const entry: CachedFile = {
    stamp,
    bytesHash,
    encoding: decoded.encoding,
    ...(decoded.replacedBytes ? { replacedBytes: decoded.replacedBytes } : {}),
    fingerprint,
    textHash,
    listing,
    result,
  };
  return { entry, store: true };
}

function compareEvents(a: MergedEvent, b: MergedEvent): number {
  return compareCodes(a.start ?? '9999', b.start ?? '9999') || compareCodes(a.id, b.id);
}

import type { ArticleText, Corpus, Problem } from '#schema';
import { SCHEMA_VERSION } from '#schema';
import { ArticleTexts, textDigest } from './article-texts.ts';
import { buildEvents, type SourceRef } from './build-events.ts';
import { compareCodes } from './compare-codes.ts';
import { decodeArticleBytes } from './decode.ts';
import { type ExtractionContext, extractArticle } from './extract-article.ts';
import { type CachedFile, ExtractionCache, type FileStamp, listingOf } from './extraction-cache.ts';
import { hash } from './hash.ts';
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
  ) {}

  /** The corpus as an object; cached events are parsed on first use. */
  get corpus(): Corpus {
    this.value ??= {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: this.generatedAt,
      articles: this.articles.map((a) => a.article),
      events: this.events.map((e) => e.event),
      problems: this.problems,
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
    parts.push(Buffer.from(`],"problems":${JSON.stringify(this.problems)}}`));
    return parts;
  }
}

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
): CorpusExtraction {
  const problems: Problem[] = [];
  const listed: Array<{ id: string; json: string }> = [];
  const texts = new Map<string, () => ArticleText>();
  const textDigests = new Map<string, string>();
  const fileOf = new Map<string, string>();
  const refs: SourceRef[] = [];
  const recalled: RecalledEventRef[] = [];
  const firstFileWithText = new Map<string, string>();

  for (const input of [...files].sort((a, b) => FILE_ORDER.compare(a.file, b.file))) {
    if (input.size > MAX_FILE_BYTES) {
      const mb = (input.size / 1024 / 1024).toFixed(1);
      problems.push(
        problem(
          input.file,
          'too-large',
          'error',
          `${mb} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one article: skipped`,
        ),
      );
      continue;
    }
    const known = input.stamp && cache.byStamp(input.file, input.stamp);
    const cached = known || readAndExtract(input, context, cache, problems);
    if (!cached) continue;
    if (cached.encoding !== 'utf-8') {
      problems.push(problem(input.file, 'encoding', 'info', `decoded as ${cached.encoding}`));
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
      continue;
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
    for (const r of listing.recalled) recalled.push({ articleId: id, recalled: r });
  }

  const events = linkDates(buildEvents(refs, context.gazetteer, cache), recalled).sort(compareEvents);
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
  const articles = listed.map(({ id, json }) => new ListedArticle(id, json, eventIdsByArticle.get(id) ?? []));
  return new CorpusExtraction(
    context.now.toISOString(),
    articles,
    events,
    problems,
    new ArticleTexts(texts, textDigests),
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

/** Reads and decodes a file, and extracts its article unless the cache has it by the hash of its bytes. */
function readAndExtract(
  input: InputFile,
  context: ExtractionContext,
  cache: ExtractionCache,
  problems: Problem[],
): CachedFile | null {
  let bytes: Uint8Array;
  try {
    bytes = input.read();
  } catch (error) {
    problems.push(
      problem(input.file, 'unreadable', 'error', `could not be read: ${(error as Error).message}`),
    );
    return null;
  }
  const stamp = input.stamp ?? null;
  const bytesHash = hash(bytes);
  const unchanged = cache.byBytes(input.file, bytesHash);
  if (unchanged) {
    // Touched, or restored as it was: the results (decoding included) stand, under the new stamp. Only
    // files that decoded are ever cached, so a file that failed still reaches the decoder below.
    if (stamp) cache.set(input.file, { ...unchanged, stamp });
    return unchanged;
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) {
    problems.push(problem(input.file, decoded.code, 'error', `${decoded.message}: skipped`));
    return null;
  }
  const result = extractArticle(`a-${hash(input.file)}`, input.file, decoded.text, context);
  const fingerprint = hash(result.text.text.replace(/\s+/g, ' ').trim());
  const textHash = hash(result.text.text);
  const listing = listingOf(result);
  const entry = { stamp, bytesHash, encoding: decoded.encoding, fingerprint, textHash, listing, result };
  cache.set(input.file, entry);
  return entry;
}

function compareEvents(a: MergedEvent, b: MergedEvent): number {
  return compareCodes(a.start ?? '9999', b.start ?? '9999') || compareCodes(a.id, b.id);
}

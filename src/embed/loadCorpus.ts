import { SCHEMA_VERSION, type TimelineIndex, timelineIndex } from '#schema';
import { type ScreeningReport, screenCorpus } from './screenCorpus.ts';

export type CorpusLoad =
  | { status: 'ready'; corpus: TimelineIndex; baseUrl: string; setAside: ScreeningReport }
  | { status: 'failed'; reason: 'http' | 'network' | 'not-json' | 'invalid'; url: string; detail: string };

/** The first few schema issues, as "path: message", so a host sees what is wrong with its file. */
function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  return issues.length > 3 ? `${shown.join('; ')}; …` : shown.join('; ');
}

/**
 * Fetches a corpus index (the viewer's `index.json`, or a whole corpus file written by the CLI) and, for an
 * index from elsewhere (an embed's `src`), validates it with the schema the pipeline writes with. Never
 * throws: a failure is data shown where the timeline would be. Article `textUrl`s resolve against `url`.
 * Either way it is screened for what the schema cannot see (impossible dates, text URLs on other origins).
 */
export async function loadCorpus(
  url: string,
  signal: AbortSignal,
  {
    /**
     * False for the index built with the page itself: the same build wrote it from the same schema, and
     * checking tens of thousands of events (jitless, under the CSP) would cost seconds on every visit.
     * Its format version is still checked, so a stale index left beside a new page is reported.
     */
    validate = true,
  }: { validate?: boolean } = {},
): Promise<CorpusLoad> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    return { status: 'failed', reason: 'network', url, detail: (error as Error).message };
  }
  if (!response.ok) {
    return { status: 'failed', reason: 'http', url, detail: `HTTP ${response.status}` };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { status: 'failed', reason: 'not-json', url, detail: '' };
  }
  if (!validate) {
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    return version === SCHEMA_VERSION
      ? ready(json as TimelineIndex, url)
      : { status: 'failed', reason: 'invalid', url, detail: `schemaVersion: ${String(version)}` };
  }
  const parsed = timelineIndex.safeParse(json);
  if (!parsed.success) {
    return { status: 'failed', reason: 'invalid', url, detail: describeIssues(parsed.error.issues) };
  }
  return ready(parsed.data, url);
}

function ready(index: TimelineIndex, url: string): CorpusLoad {
  const { corpus, report } = screenCorpus(index, url);
  return { status: 'ready', corpus, baseUrl: url, setAside: report };
}

import { type Corpus, corpus as corpusSchema } from '#schema';

export type CorpusLoad =
  | { status: 'ready'; corpus: Corpus; baseUrl: string }
  | { status: 'failed'; reason: 'http' | 'network' | 'not-json' | 'invalid'; url: string; detail: string };

/** The first few schema issues, as "path: message", so a host sees what is wrong with its file. */
function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  return issues.length > 3 ? `${shown.join('; ')}; …` : shown.join('; ');
}

/**
 * Fetches a corpus index for an embed and validates it with the same zod schema the pipeline writes with.
 * Never throws: a failure is data the embed shows inside its box. Article `textUrl`s resolve against `url`.
 */
export async function loadCorpus(url: string, signal: AbortSignal): Promise<CorpusLoad> {
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
  const parsed = corpusSchema.safeParse(json);
  if (!parsed.success) {
    return { status: 'failed', reason: 'invalid', url, detail: describeIssues(parsed.error.issues) };
  }
  return { status: 'ready', corpus: parsed.data, baseUrl: url };
}

/** What a saved page says about itself in its markup rather than in its text. */
export interface PageMetadata {
  /** The publication day (YYYY-MM-DD) as the page states it. */
  published: string | null;
  url: string | null;
}

// Bounded: a page with many an unclosed "<meta" must not cost a scan to its end for each.
const META_TAG = /<meta\b[^>]{0,4000}>/gi;
const LINK_TAG = /<link\b[^>]{0,4000}>/gi;
const TIME_TAG = /<time\b[^>]{0,4000}>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const JSON_LD =
  /<script\b[^>]{0,4000}?\btype\s*=\s*["']?application\/ld\+json["']?[^>]{0,4000}>([\s\S]*?)<\/script>/gi;
const ARTICLE = /<article\b[\s\S]*?<\/article>/i;
const ISO_DAY = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/;
// schema.org types whose datePublished is the story's own (a page's WebSite or Organization node has none
// that matters, and a BreadcrumbList's items are other pages).
const ARTICLE_TYPES = /(?:Article|BlogPosting|Report)$/;

/**
 * The publication day and address a saved page declares: JSON-LD's datePublished, then the Open Graph
 * article:published_time, then the story's <time datetime>; og:url, then the canonical link. Malformed
 * markup or JSON costs only the fact it would have given.
 */
export function readPageMetadata(html: string): PageMetadata {
  const metas = [...html.matchAll(META_TAG)].map((m) => attributesOf(m[0]));
  const meta = (name: string) =>
    metas.find((a) => (a.get('property') ?? a.get('name'))?.toLowerCase() === name)?.get('content');
  const linked = jsonLdArticles(html);
  const published =
    firstDay(linked.map((a) => a.datePublished)) ??
    firstDay([meta('article:published_time')]) ??
    firstDay(storyTimes(html));
  const canonical = [...html.matchAll(LINK_TAG)]
    .map((m) => attributesOf(m[0]))
    .find((a) => a.get('rel')?.toLowerCase().split(/\s+/).includes('canonical'))
    ?.get('href');
  const url = [meta('og:url'), canonical].find(isAbsoluteAddress) ?? null;
  return { published, url };
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1]?.toLowerCase();
    if (name && !attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

// The story's <time>: the one marked as its publication, else the first inside <article> (a page's banner
// and its list of other stories carry <time> elements too).
function storyTimes(html: string): Array<string | undefined> {
  const times = (within: string) => [...within.matchAll(TIME_TAG)].map((m) => attributesOf(m[0]));
  const all = times(html);
  const marked = all.filter((a) => a.get('itemprop') === 'datePublished' || a.has('pubdate'));
  const inArticle = times(ARTICLE.exec(html)?.[0] ?? '');
  return [...marked, ...inArticle].map((a) => a.get('datetime'));
}

interface LinkedArticle {
  datePublished?: unknown;
}

function jsonLdArticles(html: string): LinkedArticle[] {
  const found: LinkedArticle[] = [];
  for (const m of html.matchAll(JSON_LD)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1] ?? '');
    } catch {
      continue;
    }
    collectArticles(data, found, 0);
  }
  return found;
}

// Pages nest their nodes in arrays and @graph; a depth bound keeps a hostile document from exhausting the stack.
function collectArticles(node: unknown, found: LinkedArticle[], depth: number): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectArticles(item, found, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(record);
  collectArticles(record['@graph'], found, depth + 1);
}

function firstDay(values: unknown[]): string | null {
  for (const value of values) {
    const day = typeof value === 'string' ? ISO_DAY.exec(value)?.[1] : undefined;
    if (day && isRealDay(day)) return day;
  }
  return null;
}

function isAbsoluteAddress(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/\S+$/i.test(value) && URL.canParse(value);
}

function isRealDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_ENTITIES[String(name).toLowerCase()] ?? whole;
  });
}

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gazetteerData } from '../src/gazetteer/load-gazetteer.ts';
import { generateArticles } from './corpus/generate-articles.ts';

const USAGE = `Usage: npm run corpus -- --articles N --out DIR [--seed S]

Writes N generated article files (Russian and English news reports of diplomatic events built from the
gazetteer, with duplicates, undated, non-diplomatic and other-language articles mixed in) into DIR.
The same --seed (default 1) gives the same files. For measuring the pipeline, not for tuning it.`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.articles);
  const seed = Number(values.seed);
  if (values.help || !values.out || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });
  const articles = generateArticles(gazetteerData(), count, seed);
  const kinds = new Map<string, number>();
  for (const article of articles) {
    writeFileSync(path.join(out, article.file), article.text);
    kinds.set(article.kind, (kinds.get(article.kind) ?? 0) + 1);
  }
  const breakdown = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
  console.log(`${count} articles (${breakdown}) → ${path.relative(process.cwd(), out) || '.'}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

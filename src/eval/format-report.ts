import { type Counts, type EvalResult, FIELDS, type Scores } from './score.ts';

const ratio = (n: number, d: number) => (d === 0 ? '   –' : (n / d).toFixed(2));
const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);
const f1 = (c: Counts) => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
const share = ([n, d]: [number, number]) => `${ratio(n, d)} (${n}/${d})`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The one-line figures a closing note or the README quotes: recall of what a reader checks first. */
export function headline(r: EvalResult): string {
  const m = r.merges;
  return [
    `main event: date ${share(r.main.date)}`,
    `countries ${share(r.main.countries)}`,
    `participants ${share(r.main.participants)}`,
    `type ${share(r.main.type)}`,
    `merges ${m.found}/${m.goldPairs} found, ${m.falseMerges} false`,
    `non-events rejected ${share(r.nonEventsRejected)}`,
  ].join(' · ');
}

export function formatReport(title: string, r: EvalResult, options: { misses: boolean }): string {
  const out: string[] = [title, ''];
  out.push(
    table([
      ['field', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn'],
      ...FIELDS.map((f) => {
        const c = r.fields[f];
        return [f, precision(c), recall(c), f1(c), String(c.tp), String(c.fp), String(c.fn)];
      }),
    ]),
  );
  const m = r.merges;
  out.push(
    '',
    `each diplomatic article's main event right: date ${share(r.main.date)}, countries ${share(r.main.countries)}, ` +
      `participants ${share(r.main.participants)}, type ${share(r.main.type)}`,
    `exactly right per gold event: countries ${share(r.exact.countries)}, participants ${share(r.exact.participants)}`,
    `diplomatic articles placed on the timeline: ${share(r.diplomaticPlaced)}`,
    `non-events kept off the timeline: ${share(r.nonEventsRejected)}`,
    `same-event pairs: ${m.goldPairs} in gold, ${m.found} merged (${ratio(m.found, m.goldPairs)}); ` +
      `${m.predictedPairs} merged pairs, ${m.falseMerges} false merges`,
    '',
    "by language (each diplomatic article's main event right; published: recall)",
    table([
      ['lang', 'articles', 'placed', 'non-events', 'date', 'countries', 'participants', 'type', 'published'],
      ...Object.entries(r.byLanguage).map(([lang, s]) => languageRow(lang, s)),
    ]),
    '',
    `date right, by how the reader dated it: ${Object.entries(r.dateBySource)
      .map(([source, cell]) => `${source} ${cell[0]}/${cell[1]}`)
      .join(', ')}`,
    '',
    'event type (gold ↓, got →)',
    confusionTable(r.typeConfusion),
  );
  if (options.misses) {
    out.push('', `misses (${r.misses.length})`);
    for (const miss of r.misses)
      out.push(`  ${miss.file}  ${miss.field}: gold ${miss.gold} · got ${miss.got}`);
  }
  return out.join('\n');
}

function languageRow(lang: string, s: Scores): string[] {
  return [
    lang,
    String(s.articles),
    `${s.diplomaticPlaced[0]}/${s.diplomaticPlaced[1]}`,
    `${s.nonEventsRejected[0]}/${s.nonEventsRejected[1]}`,
    ratio(...s.main.date),
    ratio(...s.main.countries),
    ratio(...s.main.participants),
    ratio(...s.main.type),
    recall(s.fields.published),
  ];
}

function confusionTable(confusion: EvalResult['typeConfusion']): string {
  const golds = Object.keys(confusion).sort();
  const gots = [...new Set(Object.values(confusion).flatMap((row) => Object.keys(row)))].sort();
  return table([
    ['', ...gots],
    ...golds.map((g) => [g, ...gots.map((got) => String(confusion[g]?.[got] ?? '·'))]),
  ]);
}

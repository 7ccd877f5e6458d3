import type { BenchResults } from '../run-bench.ts';
import { machineLine } from './machine.ts';
import { formatSpread, type Spread } from './stats.ts';

// The one table the bench prints: every figure as median (min–max) over its runs.

type Row = [figure: string, value: string, bare: string, ratio: string, target: string, noCluster: string];

const MIB = 2 ** 20;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;
const grouped = (n: number) => n.toLocaleString('en-US');

export function printTable(results: BenchResults): string {
  const rows: Row[] = [];
  const notes: string[] = [];
  const section = (title: string) => rows.push([title, '', '', '', '', '']);
  const { extraction, incremental, sizes, viewerSizes, viewer } = results;

  if (extraction) {
    section(
      `Extraction of ${grouped(extraction.articles)} generated articles (${extraction.pipelineSeconds.runs.length} runs)`,
    );
    rows.push([
      '  articles/s, pipeline (summary line time)',
      formatSpread(extraction.articlesPerSecond),
      '',
      '',
      '≥ 1,000',
      '',
    ]);
    rows.push([
      '  articles/s, whole process (start to exit)',
      formatSpread(extraction.articlesPerSecondWall),
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      '  seconds, pipeline / whole process',
      `${formatSpread(extraction.pipelineSeconds, 1)} / ${formatSpread(extraction.wallSeconds, 1)}`,
      '',
      '',
      '',
      '',
    ]);
    rows.push(['  peak RSS', formatSpread(extraction.peakRssMiB, 0, ' MiB'), '', '', '< 1,024 MiB', '']);
    notes.push(`Extraction summary line: ${extraction.summary.replace(/ → .*$/, '')}`);
  }
  if (incremental) {
    section(`Re-run after one file changed, --cache (${incremental.wallSeconds.runs.length} runs)`);
    rows.push(['  seconds, whole process', formatSpread(incremental.wallSeconds, 2), '', '', '< 1 s', '']);
    rows.push([
      '  seconds, pipeline (summary line)',
      formatSpread(incremental.pipelineSeconds, 2),
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      '  first run, filling the cache (s)',
      formatSpread(incremental.coldSeconds, 1),
      '',
      '',
      '',
      '',
    ]);
  }
  if (sizes) {
    section(`Sizes for ${grouped(sizes.articles)} articles`);
    rows.push([
      '  corpus file the CLI writes (all facts, evidence quotes), raw / gzip',
      `${mib(sizes.indexBytes)} / ${mib(sizes.indexGzipBytes)}`,
      '',
      '',
      '',
      '',
    ]);
    rows.push(['  all input article files, raw', mib(sizes.articleTextBytes), '', '', '', '']);
    rows.push([
      '  all input article files, gzip per file / as one stream',
      `${mib(sizes.articleTextGzipBytes)} / ${mib(sizes.articleTextGzipAllBytes)}`,
      '',
      '',
      '',
      '',
    ]);
  }
  if (viewerSizes) {
    const line = (label: string, value: string) => rows.push([label, value, '', '', '', '']);
    line(
      '  viewer downloads first: corpus/index.json, raw / gzip',
      `${mib(viewerSizes.indexBytes)} / ${mib(viewerSizes.indexGzipBytes)}`,
    );
    line(
      `  viewer loads on demand: ${grouped(viewerSizes.textFiles)} texts with evidence, gzip (all / one, mean)`,
      `${mib(viewerSizes.textGzipBytes)} / ${(viewerSizes.textGzipBytes / Math.max(viewerSizes.textFiles, 1) / 1024).toFixed(1)} KiB`,
    );
  }
  for (const size of viewer ?? []) {
    const runs = size.app.drawnMs.runs.length;
    section(
      `Viewer, ${grouped(size.events)} events = ${grouped(size.items)} items in ${size.rows} rows (${runs} runs; app JS ${mib(size.appBundleBytes)})`,
    );
    const ratioTarget = size.events <= 5000 ? '≤ 1.2×' : '';
    const frameTarget = size.events >= 20_000 ? '< 50 ms' : '';
    const line = (label: string, key: keyof typeof size.app, digits: number, unit: string, target: string) =>
      rows.push([
        label,
        formatSpread(size.app[key], digits, unit),
        formatSpread(size.bare[key], digits, unit),
        formatSpread(size.ratio[key], 2, '×'),
        target,
        formatSpread(size.bareNoCluster[key], digits, unit),
      ]);
    line('  drawn (ms from navigation)', 'drawnMs', 0, '', '');
    line('  interactive (ms from navigation)', 'interactiveMs', 0, '', ratioTarget);
    line('  JS heap after load (MiB)', 'heapMiB', 1, '', ratioTarget);
    line('  zoom by wheel, worst frame (ms)', 'zoomWorstFrameMs', 0, '', frameTarget);
    line('  pan by drag, worst frame (ms)', 'panWorstFrameMs', 0, '', frameTarget);
    if (size.search) {
      const s = size.search;
      const appOnly = (label: string, value: Spread) =>
        rows.push([label, formatSpread(value), '', '', '≤ 100 ms', '']);
      const settled = (label: string, value: Spread) =>
        rows.push([label, formatSpread(value), '', '', '', '']);
      appOnly('  1. one event type filtered out: click → results painted (ms)', s.typeFilterMs);
      settled('     click → timeline redrawn, page smooth again (ms)', s.typeFilterSettledMs);
      appOnly(`  2. then search "${s.query}" typed: worst key → results painted (ms)`, s.searchMs);
      settled('     last key → timeline redrawn, page smooth again (ms)', s.searchSettledMs);
      appOnly('  3. then the query deleted: Backspace → results painted (ms)', s.searchClearMs);
      settled('     Backspace → timeline redrawn, page smooth again (ms)', s.searchClearSettledMs);
      notes.push(
        `Search "${s.query}" over ${grouped(size.events)} events (one type filtered out): ${s.result}`,
      );
      rows.push([
        '  typing in the search box, worst key → frame (ms)',
        formatSpread(s.keystrokeWorstMs),
        '',
        '',
        '',
        '',
      ]);
    }
  }

  const header: Row = [
    'figure',
    'median (min–max) / app',
    'bare vis-timeline',
    'app ÷ bare',
    'target',
    'bare, cluster: false',
  ];
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const format = (row: Row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    `Diplomacy timeline bench, ${results.startedAt}${results.quick ? ' (QUICK: small sizes, one run)' : ''}`,
    `Machine: ${machineLine(results.machine)}`,
    '',
    format(header),
    format(widths.map((w) => '-'.repeat(w)) as Row),
    ...rows.map(format),
    '',
    ...notes,
    `Bench time: ${(results.durationSeconds / 60).toFixed(1)} min. Frame times are gaps between animation frames (multiples of ~16.7 ms).`,
  ].join('\n');
}

export type { Spread };

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
  /** A figure of the app (or the CLI) alone: no bare-page columns. */
  const figure = (label: string, value: string, target = '') => rows.push([label, value, '', '', target, '']);
  const { extraction, incremental, longArticles, sizes, viewerSizes, viewer } = results;

  if (extraction) {
    section(
      `Extraction of ${grouped(extraction.articles)} generated articles (${extraction.pipelineSeconds.runs.length} runs)`,
    );
    figure(
      '  articles/s, pipeline (summary line time)',
      formatSpread(extraction.articlesPerSecond),
      '≥ 1,000',
    );
    figure('  articles/s, whole process (start to exit)', formatSpread(extraction.articlesPerSecondWall));
    figure(
      '  seconds, pipeline / whole process',
      `${formatSpread(extraction.pipelineSeconds, 1)} / ${formatSpread(extraction.wallSeconds, 1)}`,
    );
    figure('  peak RSS', formatSpread(extraction.peakRssMiB, 0, ' MiB'), '< 1,024 MiB');
    notes.push(`Extraction summary line: ${extraction.summary.replace(/ → .*$/, '')}`);
  }
  if (incremental) {
    section(`Re-run after one file changed, --cache (${incremental.wallSeconds.runs.length} runs)`);
    figure('  seconds, whole process', formatSpread(incremental.wallSeconds, 2), '< 1 s');
    figure('  seconds, pipeline (summary line)', formatSpread(incremental.pipelineSeconds, 2));
    figure('  first run, filling the cache (s)', formatSpread(incremental.coldSeconds, 1));
  }
  for (const long of longArticles ?? []) {
    const runs = long.wallSeconds.runs.length;
    section(
      `One ${mib(long.bytes)} article in ${long.language === 'en' ? 'English' : 'Russian'} (${runs} run${runs === 1 ? '' : 's'})`,
    );
    figure('  seconds, pipeline (summary line)', formatSpread(long.pipelineSeconds, 2), '< 2 s');
    figure('  seconds, whole process', formatSpread(long.wallSeconds, 2));
    if (Number.isNaN(long.wallSeconds.median))
      notes.push(`${mib(long.bytes)} ${long.language} article: ${long.summary}`);
  }
  if (sizes) {
    section(`Sizes for ${grouped(sizes.articles)} articles`);
    figure(
      '  corpus file the CLI writes (all facts, evidence quotes), raw / gzip',
      `${mib(sizes.indexBytes)} / ${mib(sizes.indexGzipBytes)}`,
    );
    figure('  all input article files, raw', mib(sizes.articleTextBytes));
    figure(
      '  all input article files, gzip per file / as one stream',
      `${mib(sizes.articleTextGzipBytes)} / ${mib(sizes.articleTextGzipAllBytes)}`,
    );
  }
  if (viewerSizes) {
    figure(
      '  viewer downloads first: corpus/index.json, raw / gzip',
      `${mib(viewerSizes.indexBytes)} / ${mib(viewerSizes.indexGzipBytes)}`,
    );
    figure(
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
      const painted = (label: string, value: Spread) => figure(label, formatSpread(value), '≤ 100 ms');
      const smooth = (label: string, value: Spread) => figure(label, formatSpread(value));
      painted('  1. first type box ticked (that type only): click → count painted (ms)', s.typeFilterMs);
      smooth('     click → page smooth again (ms)', s.typeFilterSettledMs);
      painted(`  2. then search "${s.query}" typed: worst key → count painted (ms)`, s.searchMs);
      smooth('     last key → page smooth again (ms)', s.searchSettledMs);
      painted('  3. then the query deleted: Backspace → count painted (ms)', s.searchClearMs);
      smooth('     Backspace → page smooth again (ms)', s.searchClearSettledMs);
      figure('  typing in the search box, worst key → frame (ms)', formatSpread(s.keystrokeWorstMs));
      notes.push(
        `Search "${s.query}" over ${grouped(size.events)} events (first event type only): ${s.result}`,
        '"Count painted": Event Timing, input to the next paint (16 means 16 ms or less); the timeline and the lists redraw later, in a deferred render.',
        '"Page smooth again": input to the end of the last frame over 50 ms in the second after it, or to the first frame after it when none was that slow (it then says nothing about when the timeline was redrawn).',
      );
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

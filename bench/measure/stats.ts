/** Several runs of one measurement, summarised as the median with the range beside it. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** NaN marks a run that failed or timed out: it is left out; no valid run at all gives NaN figures. */
export function spread(runs: readonly number[]): Spread {
  const sorted = runs.filter((run) => !Number.isNaN(run)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: [...runs] };
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number, runs: [...runs] };
}

/** The ratio of two medians, with the range from the runs' extremes (worst case over best case). */
export function ratio(numerator: Spread, denominator: Spread): Spread {
  return {
    median: numerator.median / denominator.median,
    min: numerator.min / denominator.max,
    max: numerator.max / denominator.min,
    runs: [],
  };
}

export function formatSpread(value: Spread, digits = 0, unit = ''): string {
  if (Number.isNaN(value.median)) return 'n/a';
  const f = (n: number) => n.toFixed(digits);
  if (value.runs.length === 1) return `${f(value.median)}${unit} (1 run)`;
  return `${f(value.median)}${unit} (${f(value.min)}–${f(value.max)})`;
}

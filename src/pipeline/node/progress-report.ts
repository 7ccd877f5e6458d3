export interface ProgressOptions {
  write: (line: string) => void;
  /** Lines even when nobody watches the terminal (`--progress`): from the start, and a last one at the end. */
  always: boolean;
  /** Whether a person is likely watching (stderr is a terminal): lines once the run has proved long. */
  watched: boolean;
  clock?: () => number;
  /** A watched run says nothing until it has taken this long: short runs print their summary only. */
  quietForMs?: number;
  everyMs?: number;
}

/** What a long run prints as it goes, one line every few seconds: told after each file how many are done. */
export function progressReport(options: ProgressOptions): (done: number, total: number) => void {
  const clock = options.clock ?? (() => performance.now());
  const everyMs = options.everyMs ?? 2000;
  const quietForMs = options.always ? 0 : (options.quietForMs ?? 3000);
  const started = clock();
  let last = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    if (!options.always && !options.watched) return;
    const now = clock();
    const finished = done === total;
    if (now - started < quietForMs) return;
    if (now - last < everyMs && !(finished && options.always)) return;
    last = now;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    options.write(`progress: ${done}/${total} files (${percent}%), ${((now - started) / 1000).toFixed(1)} s`);
  };
}

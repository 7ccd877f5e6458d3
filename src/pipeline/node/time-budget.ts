import vm from 'node:vm';

/** The default time one file may take to be read, decoded and extracted. */
export const DEFAULT_FILE_BUDGET_MS = 10_000;

// Extraction is synchronous JavaScript: nothing else on the thread runs until it returns, so a check
// "between stages" would need every stage to take part and still miss a stage that loops. V8 can stop
// running JavaScript from outside: a vm script run with a `timeout` is stopped by a watchdog thread,
// whatever code it has called into, and throws where it was called. A watchdog costs a thread start (some
// 0.2 ms, a third of an article's extraction), so one watchdog covers a slice of files: the slice ends after
// the file during which SLICE_MS passed, and its watchdog fires at budget + SLICE_MS. When it fires, the file
// being worked on started less than SLICE_MS into the slice, so it has run for more than the budget.
const SLICE_MS = 100;
const RUN_CALLBACK = new vm.Script('run()', { filename: 'time-budget.js' });

export interface BudgetedWork<T> {
  /** Works on one item: its result is recorded only when it returns within the budget. */
  work: (item: T, index: number) => void;
  /** Called, outside any watchdog, for an item whose work was stopped. */
  overBudget: (item: T, index: number) => void;
  /** Called after each item (done or stopped): how many of them are behind. */
  progress?: (done: number) => void;
}

/**
 * Works on items one after another, stopping the work on any one item that runs longer than `budgetMs`
 * (then the next item is taken). Work stopped half-way has left whatever it was changing half-changed, so
 * `work` should only compute, and record its result in one last step.
 */
export function forEachWithinBudget<T>(items: readonly T[], budgetMs: number, job: BudgetedWork<T>): void {
  if (!Number.isFinite(budgetMs)) {
    items.forEach((item, i) => {
      job.work(item, i);
      job.progress?.(i + 1);
    });
    return;
  }
  const slice = Math.min(SLICE_MS, budgetMs);
  let next = 0;
  // The item being worked on, or -1 between items (the watchdog may fire there too, after a slow callback).
  let running = -1;
  const context = vm.createContext({
    run: () => {
      const started = performance.now();
      while (next < items.length) {
        running = next;
        job.work(items[running] as T, running);
        next = running + 1;
        running = -1;
        job.progress?.(next);
        if (performance.now() - started >= slice) return;
      }
    },
  });
  while (next < items.length) {
    try {
      RUN_CALLBACK.runInContext(context, { timeout: Math.ceil(budgetMs + slice) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
      if (running < 0) continue;
      const stopped = running;
      running = -1;
      next = stopped + 1;
      job.overBudget(items[stopped] as T, stopped);
      job.progress?.(next);
    }
  }
}

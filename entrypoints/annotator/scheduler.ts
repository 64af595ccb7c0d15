/**
 * Runs work in slices so that annotating never blocks the page: each slice stops
 * after `budgetMs` (well under the 50 ms that makes a long task) and yields to the
 * browser. The next slice is a background-priority task where the Prioritized Task
 * Scheduling API exists (it runs as soon as input and rendering are served), else
 * an idle callback.
 */

export interface SliceOptions {
  budgetMs?: number;
  signal?: AbortSignal;
}

const BUDGET_MS = 10;

type PostTask = (cb: () => void, options: { priority: 'background' }) => Promise<void>;
type RequestIdle = (cb: () => void, options?: { timeout: number }) => number;

/** Lets the browser handle input and rendering before the caller goes on. */
export function yieldToBrowser(): Promise<void> {
  const g = globalThis as { scheduler?: { postTask?: PostTask }; requestIdleCallback?: RequestIdle };
  if (g.scheduler?.postTask) return g.scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => (g.requestIdleCallback ? g.requestIdleCallback(() => resolve(), { timeout: 300 }) : setTimeout(resolve, 0)));
}

/** Calls `work(item)` for every item, a slice at a time; resolves when done or aborted. */
export async function inSlices<T>(items: readonly T[], work: (item: T) => void, options: SliceOptions = {}): Promise<void> {
  const budget = options.budgetMs ?? BUDGET_MS;
  let i = 0;
  while (i < items.length) {
    await yieldToBrowser();
    if (options.signal?.aborted) return;
    const started = performance.now();
    while (i < items.length && performance.now() - started < budget) work(items[i++]!);
  }
}

/** Runs a generator to completion, a slice at a time; resolves with its return value. */
export async function drainInSlices<T>(steps: Generator<undefined, T, undefined>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? BUDGET_MS;
  for (;;) {
    await yieldToBrowser();
    const started = performance.now();
    while (performance.now() - started < budget) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }
}

/**
 * Runs work in idle-time slices so that annotating never blocks the page: each
 * slice stops after `budgetMs` (well under the 50 ms that makes a long task)
 * and yields back to the browser.
 */

export interface SliceOptions {
  budgetMs?: number;
  signal?: AbortSignal;
}

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;

function nextIdle(cb: IdleCallback): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: IdleCallback, o?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(cb, { timeout: 300 });
  else setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: true }), 0);
}

/** Calls `work(item)` for every item, a slice at a time; resolves when done or aborted. */
export function inIdleSlices<T>(items: readonly T[], work: (item: T) => void, options: SliceOptions = {}): Promise<void> {
  const budget = options.budgetMs ?? 8;
  let i = 0;
  return new Promise((resolve) => {
    const slice: IdleCallback = (deadline) => {
      const started = performance.now();
      while (i < items.length) {
        if (options.signal?.aborted) return resolve();
        work(items[i++]!);
        const spent = performance.now() - started;
        if (spent >= budget || (!deadline.didTimeout && deadline.timeRemaining() < 1)) break;
      }
      if (i < items.length) nextIdle(slice);
      else resolve();
    };
    nextIdle(slice);
  });
}

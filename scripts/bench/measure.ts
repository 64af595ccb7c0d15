/** Timing helpers for the benchmarks: warm up, repeat, report the median. */
import { performance } from 'node:perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` `warmup` times, then `runs` times; returns the median in milliseconds. */
export function timeMs(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Megabytes (of UTF-16 text, counted as UTF-8 bytes) per second. */
export function mbPerSecond(text: string, ms: number): number {
  return Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000);
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

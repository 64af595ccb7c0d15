/** What an import did, or why it did nothing. */

export interface ImportReport {
  /** Clips in the file. */
  total: number;
  added: number;
  updated: number;
  /** Already there exactly as in the file. */
  unchanged: number;
  /** Already there and changed since the file was made: the reader's newer clip is kept. */
  keptNewer: number;
}

/** The file cannot be imported; nothing was written. `problems` says where and what, one line each. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.slice(0, 3).join('; ')}`);
  }
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;

export function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`];
}

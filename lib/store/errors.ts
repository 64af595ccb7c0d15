/**
 * Storage failures a reader can act on. A full disk must say so plainly: the
 * write was one transaction, so nothing was half-written, and freeing space is
 * the fix.
 */

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  readonly code = 'storage-full';
  constructor() {
    super('storage-full: the browser has no room left for the reading list; nothing was saved');
  }
}

function isQuotaError(err: unknown): boolean {
  if (!(err instanceof Error) && !(typeof DOMException !== 'undefined' && err instanceof DOMException)) return false;
  const { name, message } = err as Error;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message);
}

/**
 * Firefox reports a full disk inside IndexedDB as a bare `Error` (jpdict-idb's
 * note): when the error says nothing useful, ask the browser how full it is.
 */
async function storageLooksFull(): Promise<boolean> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota || estimate.usage === undefined) return false;
  return estimate.usage / estimate.quota > 0.98;
}

/** Turns a failed write into the error to show: StorageFullError when the disk is full, else the original. */
export async function explainWriteError(err: unknown): Promise<Error> {
  if (err instanceof StorageFullError) return err;
  if (isQuotaError(err)) return new StorageFullError();
  const vague = !(err instanceof Error) || err.message === '' || err.message === 'undefined';
  if (vague && (await storageLooksFull())) return new StorageFullError();
  return err instanceof Error ? err : new Error(String(err));
}

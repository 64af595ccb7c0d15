import { browser } from 'wxt/browser';
import type { RequestPayload, RequestType, ResponseMap, Result } from '@/lib/messages';

/** Sends a typed request to the background; throws with the background's error text. */
export async function request<K extends RequestType>(type: K, payload: RequestPayload<K>): Promise<ResponseMap[K]> {
  const result = (await browser.runtime.sendMessage({ type, payload })) as Result<ResponseMap[K]> | undefined;
  if (!result) throw new Error(`${type}: no answer from the background`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

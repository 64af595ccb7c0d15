import { browser, type Browser } from 'wxt/browser';
import {
  REQUEST_SCHEMAS, REQUEST_SENDERS, checkSender, parseEnvelope,
  type RequestPayload, type RequestType, type ResponseMap, type Result,
} from '@/lib/messages';

export type Handlers = {
  [K in RequestType]: (payload: RequestPayload<K>, sender: Browser.runtime.MessageSender) => Promise<ResponseMap[K]>;
};

/**
 * Answers runtime messages: each one is validated (shape, type, sender) before its
 * handler runs; anything else gets `{ ok: false, error }` and changes nothing.
 */
export function routeMessages(handlers: Handlers): void {
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
    dispatch(handlers, raw, sender, origin));
}

export async function dispatch(
  handlers: Handlers, raw: unknown, sender: Browser.runtime.MessageSender, origin: string,
): Promise<Result<unknown>> {
  const parsed = parseEnvelope(REQUEST_SCHEMAS, raw);
  if (!parsed.ok) return reject(parsed.error);
  const type = parsed.value.type as RequestType;
  const allowed = checkSender(sender, browser.runtime.id, origin, REQUEST_SENDERS[type]);
  if (!allowed.ok) return reject(`${type}: ${allowed.error}`);
  try {
    const handler = handlers[type] as (p: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.value.payload, sender) };
  } catch (err) {
    return { ok: false, error: `${type}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function reject(error: string): Result<never> {
  console.warn(`Negah refused a message: ${error}`);
  return { ok: false, error };
}

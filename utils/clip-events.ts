import * as v from 'valibot';
import { CLIPS_CHANNEL, ClipsChangedSchema, type ClipsChanged } from '@/lib/messages';

type Payload = Omit<ClipsChanged['payload'], 'from'>;

/** This context's name on the channel: a context does not reload for its own changes. */
const SELF = crypto.randomUUID();

/** Tells the other extension contexts (popup, reader, options, background) that clips changed. */
export function announceClipsChanged(payload: Payload): void {
  const channel = new BroadcastChannel(CLIPS_CHANNEL);
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel is same-origin by definition
  channel.postMessage({ type: 'clips:changed', payload: { ...payload, from: SELF } } satisfies ClipsChanged);
  channel.close();
}

/** Calls `cb` when another context changed clips; returns the unsubscribe. */
export function onClipsChanged(cb: (payload: Payload) => void): () => void {
  const channel = new BroadcastChannel(CLIPS_CHANNEL);
  channel.addEventListener('message', (event: MessageEvent) => {
    const parsed = v.safeParse(ClipsChangedSchema, event.data);
    if (parsed.success && parsed.output.payload.from !== SELF) cb(parsed.output.payload);
  });
  return () => channel.close();
}

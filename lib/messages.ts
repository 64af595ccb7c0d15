/**
 * The one message protocol between Negah's contexts. Every message is
 * `{ type, payload }`; each type has a payload schema (checked on arrival),
 * a response type, and the kind of sender allowed to send it.
 */
import * as v from 'valibot';

/** 10 MiB of article HTML; a bigger clip is refused, never cut. */
export const MAX_HTML = 10 * 1024 * 1024;
export const MAX_TEXT = 5 * 1024 * 1024;
const Str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
/**
 * An article's HTML or text: past the limit the clip is refused with the
 * `too-large` code, which the popup and the page notice turn into a sentence.
 */
const Article = (max: number, what: string) =>
  v.pipe(v.string(), v.maxLength(max, (issue) => `too-large: the article's ${what} is ${megabytes(issue.received)}, more than the ${megabytes(String(max))} Negah keeps`));
function megabytes(length: string): string {
  return `${(Number(length) / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
const OptStr = (max: number) => v.optional(Str(max));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e7));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What the content script extracts from a page for a clip. */
export const ExtractedPageSchema = v.strictObject({
  url: Str(8192),
  canonicalUrl: OptStr(8192),
  title: Str(2000),
  site: OptStr(500),
  author: OptStr(1000),
  /** ISO date or date-time, from meta tags, JSON-LD or the dateline. */
  published: OptStr(100),
  lang: v.picklist(['fa', 'ar', 'other']),
  /** Readability's article HTML; sanitised again before it is stored or shown. */
  html: Article(MAX_HTML, 'HTML'),
  text: Article(MAX_TEXT, 'text'),
  excerpt: OptStr(5000),
});
export type ExtractedPage = v.InferOutput<typeof ExtractedPageSchema>;

export const REQUEST_SCHEMAS = {
  /** Background health check (tests, diagnostics). */
  ping: v.strictObject({}),
  /** Content script found Persian/Arabic text: inject the annotator into its frame. */
  'annotator:load': v.strictObject({}),
  /** Content script reports its state for the toolbar badge. */
  'badge:set': v.strictObject({ count: Count, state: v.picklist(['on', 'off', 'idle']) }),
  /** Clip the page in a tab (the popup's tab, or the last focused web page). */
  'clip:tab': v.strictObject({ tabId: v.optional(TabId) }),
  /** Store an already extracted page (content script context menu path, tests). */
  'clip:save': v.strictObject({ page: ExtractedPageSchema }),
  /** Is this URL in the reading list? */
  'clip:status': v.strictObject({ url: Str(8192) }),
  /** Clips were deleted, restored or imported from a page: bring the toolbar's "saved" marks up to date. */
  'clip:sync': v.strictObject({}),
  /** Annotate a tab once (activeTab), whatever the site lists say. */
  'annotate:tab': v.strictObject({ tabId: v.optional(TabId) }),
  /** The user granted or revoked a site: (un)register the loader there. */
  'site:sync': v.strictObject({}),
} as const;

export type RequestType = keyof typeof REQUEST_SCHEMAS;
export type RequestPayload<K extends RequestType> = v.InferOutput<(typeof REQUEST_SCHEMAS)[K]>;

export interface ClipSummary {
  id: string;
  url: string;
  title: string;
  /** True when the page was already in the list and this clip updated it. */
  updated: boolean;
}

export interface ResponseMap {
  ping: { pong: true; version: string };
  'annotator:load': { injected: boolean };
  'badge:set': { ok: true };
  'clip:tab': ClipSummary;
  'clip:save': ClipSummary;
  'clip:status': { saved: boolean; id?: string };
  'clip:sync': { ok: true };
  'annotate:tab': { injected: boolean };
  'site:sync': { origins: string[] };
}

/** Who may send a message: a content script in a tab, an extension page, or either. */
export type SenderKind = 'content' | 'page' | 'any';
export const REQUEST_SENDERS: Record<RequestType, SenderKind> = {
  ping: 'any',
  'annotator:load': 'content',
  'badge:set': 'content',
  'clip:tab': 'page',
  'clip:save': 'any',
  'clip:status': 'any',
  'clip:sync': 'page',
  'annotate:tab': 'page',
  'site:sync': 'page',
};

/**
 * The reading list changed: broadcast (BroadcastChannel CLIPS_CHANNEL, same origin
 * only) by whichever extension context wrote it, so that an open popup, reader or
 * options page shows the change. Receivers validate it like any message.
 */
export const CLIPS_CHANNEL = 'negah-clips';
export const ClipsChangedSchema = v.strictObject({
  type: v.literal('clips:changed'),
  payload: v.strictObject({
    reason: v.picklist(['saved', 'updated', 'deleted', 'restored', 'imported', 'edited']),
    ids: v.pipe(v.array(Str(100)), v.maxLength(1_000_000)),
    /** The context that made the change (it has already updated itself). */
    from: Str(100),
  }),
});
export type ClipsChanged = v.InferOutput<typeof ClipsChangedSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope<K extends string, P> {
  type: K;
  payload: P;
}

/** The parts of `runtime.MessageSender` the checks need. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

type Schemas = Record<string, v.GenericSchema>;

/** Validates an incoming message against a schema table; the error says what is wrong. */
export function parseEnvelope<S extends Schemas>(schemas: S, raw: unknown): Result<{ type: keyof S & string; payload: unknown }> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'message is not an object' };
  const { type, payload, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { ok: false, error: `unexpected fields: ${Object.keys(rest).join(', ')}` };
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return { ok: false, error: `unknown message type: ${String(type).slice(0, 50)}` };
  // valibot takes an array for an object with no required field: a payload is always a plain object.
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { ok: false, error: `invalid ${type}: the payload is not an object` };
  const parsed = v.safeParse(schemas[type]!, payload);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `invalid ${type}: ${path ? `${path}: ` : ''}${issue?.message ?? 'bad payload'}` };
  }
  return { ok: true, value: { type, payload: parsed.output } };
}

/** Checks that a message comes from this extension, and from the right kind of context. */
export function checkSender(sender: SenderInfo, ownId: string, ownOrigin: string, kind: SenderKind): Result<void> {
  if (sender.id !== ownId) return { ok: false, error: 'sender is not this extension' };
  // Extension pages (popup, options, reader — also when open in a tab) have our origin;
  // content scripts run in a tab whose URL is the web page's.
  const fromPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  const fromContent = sender.tab?.id !== undefined && !fromPage;
  if (kind === 'content' && !fromContent) return { ok: false, error: 'only a content script may send this' };
  if (kind === 'page' && !fromPage) return { ok: false, error: 'only an extension page may send this' };
  return { ok: true, value: undefined };
}

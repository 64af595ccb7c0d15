import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { buildClip } from '@/lib/clip/build';
import type { ExtractResult } from '@/lib/clip/extract';
import { ExtractedPageSchema, type ClipSummary, type ExtractedPage } from '@/lib/messages';
import { saveClip } from '@/lib/store/clips';
import { getStore } from '@/lib/store/db';
import { announceClipsChanged } from '@/utils/clip-events';
import { clipMatcher } from './matcher';
import { markSaved } from './saved-indicator';

/**
 * Runs the extractor in the tab and checks what comes back like any message:
 * the page is untrusted, and so is what it returns. Error messages start with
 * a code the popup turns into a sentence (cannot-access, too-large …).
 */
export async function extractFromTab(tabId: number): Promise<ExtractedPage> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  } catch (err) {
    throw new Error(`cannot-access: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const out = results[0]?.result as ExtractResult | undefined;
  if (!out || typeof out !== 'object') throw new Error('cannot-access: the page did not answer');
  if (!out.ok) throw new Error(String(out.error).slice(0, 500));
  const parsed = v.safeParse(ExtractedPageSchema, out.page);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`bad-page: ${issue?.path?.map((p) => String(p.key)).join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.output;
}

/** Analyses and files an extracted page; says whether it updated a clip already there. */
export async function storePage(page: ExtractedPage): Promise<ClipSummary> {
  const content = buildClip(page, { matcher: clipMatcher() });
  const { clip, updated } = await saveClip(await getStore(), content);
  announceClipsChanged({ reason: updated ? 'updated' : 'saved', ids: [clip.id] });
  return { id: clip.id, url: clip.url, title: clip.title, updated };
}

/** Clips the page in a tab and marks the tab's toolbar icon. */
export async function clipTab(tabId: number): Promise<ClipSummary> {
  const summary = await storePage(await extractFromTab(tabId));
  // The clip is filed: answer now; the toolbar follows, and one that cannot be painted (tab closed) is no failure.
  void markSaved(tabId, summary.id).catch((err: unknown) => console.warn('Negah: toolbar mark', err));
  return summary;
}

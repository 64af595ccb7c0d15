import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage, type ExtractResult } from '@/lib/clip/extract';
import { createArticleSanitizer } from '@/lib/clip/sanitize';

/**
 * Injected by the background into the tab being clipped (never listed in the
 * manifest); its return value is executeScript's result. It reads the page and
 * changes nothing in it: Readability works on a clone of the document.
 */
export default defineUnlistedScript((): ExtractResult => {
  try {
    // location, not document.URL: a page's <img name="URL"> can stand in for the latter.
    return extractPage(document, createArticleSanitizer(window), location.href);
  } catch (err) {
    return { ok: false, error: `failed: ${err instanceof Error ? err.message : String(err)}` };
  }
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { looksPersianOrArabic } from '@/lib/detect/page-sample';

/** A page that renders its article after load (an SPA) is looked at again, twice. */
const LOOK_AGAIN_MS = [2000, 6000];

/**
 * The only script that runs on every listed news site (and on sites the reader opted
 * in to). It decides cheaply whether the page is Persian or Arabic and, only then, asks
 * the background to inject the annotator, which checks the settings first. It imports
 * no polyfill and no framework, so that a page Negah has nothing to do with pays
 * almost nothing. The manifest lists it as the content script (wxt.config.ts).
 */
export default defineUnlistedScript(() => {
  const look = (again: number[]) => {
    if (looksPersianOrArabic(document)) {
      // The extension API is touched only now: its bindings are built on first use, and
      // that alone would cost a page Negah has nothing to do with more than the look itself.
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const g = globalThis as { browser?: Runtime; chrome?: Runtime };
      void (g.browser ?? g.chrome)?.runtime.sendMessage({ type: 'annotator:load', payload: {} }).catch(() => undefined);
      return;
    }
    const [next, ...rest] = again;
    if (next !== undefined) setTimeout(() => look(rest), next);
  };
  look(LOOK_AGAIN_MS);
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runAnnotator } from './run';

/**
 * Injected by the background into a Persian or Arabic page (never listed in the
 * manifest): finds dates and entities, marks them, and serves the tooltips.
 */
export default defineUnlistedScript(() => {
  const flag = '__negahAnnotator';
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[flag]) return; // injected twice (SPA, two requests): keep the first
  scope[flag] = true;
  void runAnnotator();
});

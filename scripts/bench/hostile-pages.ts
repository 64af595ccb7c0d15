/**
 * Negah on the hostile pages of the trust tests (tests/e2e/hostile-pages.ts): the main-thread
 * time it adds and whether any of its scripts ran in a long animation frame, on a page of
 * 100,000 elements, one nested 5,000 levels deep and one with odd text. The end-to-end tests prove these pages keep working; this says what it costs them.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, EXT_PATH } from '../../tests/e2e/fixtures';
import { startTestWeb } from '../../tests/e2e/server';
import { annotated, launchWith, measure } from './page';

export async function benchHostilePages() {
  const web = await startTestWeb();
  const { context: ext, sw } = await launchWith(EXT_PATH, web.port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [`--host-resolver-rules=MAP * 127.0.0.1:${web.port}`, '--disable-gpu', '--no-sandbox'] });
  const bare = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const out: Record<string, unknown> = {};
    // (Not the clobbering page: the benchmark's own walk in the page would trip over it.)
    for (const name of ['huge', 'deep', 'odd']) out[name] = await measure(ext, bare, `https://www.irna.ir/trust-${name}.html`, annotated(sw));
    return out;
  } finally {
    await ext.close();
    await browser.close();
    await web.close();
  }
}

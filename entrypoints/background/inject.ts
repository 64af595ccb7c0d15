import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS } from '../annotator/highlight-css';

/**
 * Injects the annotator (lib + gazetteer + tooltip) into one frame of a tab, with the
 * highlight styles as a user stylesheet: nothing is added to the page's DOM.
 */
export async function injectAnnotator(tabId: number, frameId = 0): Promise<boolean> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, css: HIGHLIGHT_CSS, origin: 'USER' });
  const results = await browser.scripting.executeScript({ target, files: ['/annotator.js'] });
  return results.length > 0;
}

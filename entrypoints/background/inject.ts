import { browser } from 'wxt/browser';

/**
 * Injects the annotator (lib + gazetteer + tooltip) into one frame of a tab. Listed and
 * opted-in sites got the highlight styles with the loader; a page annotated once
 * (activeTab) gets them here, as a user stylesheet: nothing is added to the page's DOM.
 */
export async function injectAnnotator(tabId: number, frameId = 0, withStyles = false): Promise<boolean> {
  const target = { tabId, frameIds: [frameId] };
  if (withStyles) await browser.scripting.insertCSS({ target, files: ['highlights.css'], origin: 'USER' });
  const results = await browser.scripting.executeScript({ target, files: ['/annotator.js'] });
  return results.length > 0;
}

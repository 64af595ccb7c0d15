import { browser } from 'wxt/browser';

/** How marks look; users can restyle `::highlight(negah-date)` and `::highlight(negah-entity)`. */
const HIGHLIGHT_CSS = `
::highlight(negah-date) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline dotted rgba(180, 120, 0, 0.9); text-decoration-thickness: 2px; text-underline-offset: 4px; }
::highlight(negah-entity) { text-decoration: underline solid rgba(11, 110, 79, 0.75); text-decoration-thickness: 2px; text-underline-offset: 5px; }
::highlight(negah-focus) { background-color: rgba(11, 110, 79, 0.25); }
`;

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
